package org.cobalt.submodular.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes per-update records as CSV, one row per (run, update). */
public final class CsvUpdateWriter implements UpdateSink, AutoCloseable {

    /** The column header. */
    public static final String HEADER = "dataset,workload,algorithm,k,eps,seed,step,op,element,live,value,solution_size,"
            + "oracle_calls,nanos,reference_value,reference_calls";

    private final BufferedWriter out;

    public CsvUpdateWriter(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.newLine();
    }

    @Override
    public void accept(RunLabel l, UpdateRecord r) {
        try {
            out.write(csv(l.dataset()) + ',' + csv(l.workload()) + ',' + csv(l.algorithm()) + ',' + l.k() + ','
                    + l.eps() + ',' + l.seed() + ',' + r.step() + ',' + (r.insert() ? "insert" : "delete") + ','
                    + r.element() + ',' + r.liveCount() + ',' + num(r.value()) + ',' + r.solutionSize() + ','
                    + r.calls() + ',' + r.nanos() + ',' + (r.hasReference() ? num(r.referenceValue()) : "") + ','
                    + (r.hasReference() ? Long.toString(r.referenceCalls()) : ""));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
