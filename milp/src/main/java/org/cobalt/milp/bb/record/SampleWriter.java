package org.cobalt.milp.bb.record;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.cobalt.milp.bb.features.BipartiteGraph;

/**
 * Appends records in {@link SampleFormat} to one file, one gzip member per record, so that every written
 * sample survives a killed solve. Writes a STRUCTURE record before the first sample and whenever the
 * graph's structure changes.
 */
public final class SampleWriter {

    private final Path file;
    private final String instance;
    private BipartiteGraph lastStructure;
    private long samples;

    /** A writer that appends to {@code file} (created if needed). */
    public SampleWriter(Path file, String instance) {
        this.file = file;
        this.instance = instance;
    }

    /**
     * A writer for a new file {@code <directory>/<instance>-<k>.samples.gz} with the first free {@code k}
     * (the directory is created if needed).
     */
    public static SampleWriter create(Path directory, String instance) {
        try {
            Files.createDirectories(directory);
            String base = instance.replaceAll("[^A-Za-z0-9._-]", "_");
            for (int k = 0; ; k++) {
                Path p = directory.resolve(base + "-" + k + SampleFormat.SUFFIX);
                try {
                    Files.createFile(p);
                    return new SampleWriter(p, instance);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // try the next index
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a sample file in " + directory, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Samples written so far. */
    public long samples() {
        return samples;
    }

    /** Appends one sample (and a STRUCTURE record first when needed). */
    public void write(Sample s) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16), 1 << 16))) {
            BipartiteGraph g = s.graph();
            if (!sameStructure(g)) {
                writeStructure(out, g);
                lastStructure = g;
            }
            out.writeInt(SampleFormat.SAMPLE_TAG);
            out.writeLong(s.nodeId());
            out.writeInt(s.depth());
            out.writeDouble(s.lpObjective());
            out.writeDouble(s.incumbentValue());
            for (float v : g.variableFeatures()) {
                out.writeFloat(v);
            }
            for (float v : g.constraintFeatures()) {
                out.writeFloat(v);
            }
            int c = s.candidates().length;
            out.writeInt(c);
            for (int v : s.candidates()) {
                out.writeInt(v);
            }
            for (double v : s.downBounds()) {
                out.writeDouble(v);
            }
            for (double v : s.upBounds()) {
                out.writeDouble(v);
            }
            out.write(s.downStatus());
            out.write(s.upStatus());
            for (double v : s.scores()) {
                out.writeDouble(v);
            }
            out.writeInt(s.expertIndex());
            out.writeInt(s.chosenIndex());
            out.writeByte(s.outcome());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write samples to " + file, e);
        }
        samples++;
    }

    private boolean sameStructure(BipartiteGraph g) {
        BipartiteGraph p = lastStructure;
        return p != null && p.numVariables() == g.numVariables() && p.numConstraints() == g.numConstraints()
                && Arrays.equals(p.constraintRow(), g.constraintRow())
                && Arrays.equals(p.constraintIsLower(), g.constraintIsLower())
                && Arrays.equals(p.edgeConstraint(), g.edgeConstraint())
                && Arrays.equals(p.edgeVariable(), g.edgeVariable())
                && Arrays.equals(p.edgeFeatures(), g.edgeFeatures());
    }

    private void writeStructure(DataOutputStream out, BipartiteGraph g) throws IOException {
        out.writeInt(SampleFormat.STRUCTURE_TAG);
        out.writeInt(SampleFormat.VERSION);
        out.writeUTF(instance);
        out.writeInt(g.numVariables());
        out.writeInt(g.numConstraints());
        out.writeInt(g.numEdges());
        for (int v : g.constraintRow()) {
            out.writeInt(v);
        }
        for (boolean b : g.constraintIsLower()) {
            out.writeByte(b ? 1 : 0);
        }
        for (int v : g.edgeConstraint()) {
            out.writeInt(v);
        }
        for (int v : g.edgeVariable()) {
            out.writeInt(v);
        }
        for (float v : g.edgeFeatures()) {
            out.writeFloat(v);
        }
    }
}
