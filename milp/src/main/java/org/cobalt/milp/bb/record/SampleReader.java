package org.cobalt.milp.bb.record;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.bb.features.ConstraintFeature;
import org.cobalt.milp.bb.features.VariableFeature;

/**
 * Reads sample files written in {@link SampleFormat}. A truncated final record (a killed writer) ends the
 * stream quietly; anything else malformed is an {@link IOException} naming the file and record.
 */
public final class SampleReader implements AutoCloseable {

    private final Path file;
    private final DataInputStream in;
    private int records;
    private String instance = "";
    private int numVariables;
    private int numConstraints;
    private int[] constraintRow;
    private boolean[] constraintIsLower;
    private int[] edgeConstraint;
    private int[] edgeVariable;
    private float[] edgeFeatures;

    public SampleReader(Path file) throws IOException {
        this.file = file;
        InputStream raw = Files.newInputStream(file);
        this.in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    }

    /** Reads every sample of a file. */
    public static List<Sample> readAll(Path file) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (SampleReader r = new SampleReader(file)) {
            for (Sample s = r.next(); s != null; s = r.next()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The next sample, or null at the end of the file. */
    public Sample next() throws IOException {
        while (true) {
            int tag;
            try {
                tag = in.readInt();
            } catch (EOFException e) {
                return null;
            }
            records++;
            try {
                if (tag == SampleFormat.STRUCTURE_TAG) {
                    readStructure();
                } else if (tag == SampleFormat.SAMPLE_TAG) {
                    if (constraintRow == null) {
                        throw new IOException(file + ": record " + records + ": sample before any structure");
                    }
                    return readSample();
                } else {
                    throw new IOException(file + ": record " + records + ": unknown tag 0x" + Integer.toHexString(tag));
                }
            } catch (EOFException e) {
                return null;
            }
        }
    }

    private static int count(int v, String what, Path file) throws IOException {
        if (v < 0) {
            throw new IOException(file + ": negative " + what + " " + v);
        }
        return v;
    }

    private void readStructure() throws IOException {
        int version = in.readInt();
        if (version != SampleFormat.VERSION) {
            throw new IOException(file + ": unsupported version " + version);
        }
        instance = in.readUTF();
        numVariables = count(in.readInt(), "variable count", file);
        numConstraints = count(in.readInt(), "constraint count", file);
        int edges = count(in.readInt(), "edge count", file);
        constraintRow = new int[numConstraints];
        for (int i = 0; i < numConstraints; i++) {
            constraintRow[i] = in.readInt();
        }
        constraintIsLower = new boolean[numConstraints];
        for (int i = 0; i < numConstraints; i++) {
            constraintIsLower[i] = in.readByte() != 0;
        }
        edgeConstraint = new int[edges];
        for (int e = 0; e < edges; e++) {
            edgeConstraint[e] = in.readInt();
        }
        edgeVariable = new int[edges];
        for (int e = 0; e < edges; e++) {
            edgeVariable[e] = in.readInt();
        }
        edgeFeatures = new float[edges];
        for (int e = 0; e < edges; e++) {
            edgeFeatures[e] = in.readFloat();
        }
    }

    private Sample readSample() throws IOException {
        long nodeId = in.readLong();
        int depth = in.readInt();
        double lpObjective = in.readDouble();
        double incumbent = in.readDouble();
        float[] vf = new float[numVariables * VariableFeature.COUNT];
        for (int k = 0; k < vf.length; k++) {
            vf[k] = in.readFloat();
        }
        float[] cf = new float[numConstraints * ConstraintFeature.COUNT];
        for (int k = 0; k < cf.length; k++) {
            cf[k] = in.readFloat();
        }
        int c = count(in.readInt(), "candidate count", file);
        int[] cands = new int[c];
        for (int k = 0; k < c; k++) {
            cands[k] = in.readInt();
        }
        double[] down = new double[c];
        for (int k = 0; k < c; k++) {
            down[k] = in.readDouble();
        }
        double[] up = new double[c];
        for (int k = 0; k < c; k++) {
            up[k] = in.readDouble();
        }
        byte[] ds = new byte[c];
        in.readFully(ds);
        byte[] us = new byte[c];
        in.readFully(us);
        double[] scores = new double[c];
        for (int k = 0; k < c; k++) {
            scores[k] = in.readDouble();
        }
        int expert = in.readInt();
        int chosen = in.readInt();
        byte outcome = in.readByte();
        BipartiteGraph g = new BipartiteGraph(numVariables, numConstraints, vf, cf, constraintRow, constraintIsLower,
                edgeConstraint, edgeVariable, edgeFeatures);
        return new Sample(instance, nodeId, depth, lpObjective, incumbent, g, cands, down, up, ds, us, scores, expert,
                chosen, outcome);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
