package org.cobalt.neural.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.InferenceBackend;

/** Wall and thread-CPU time of repeated forward passes, as one CSV row; shared by the CPU-time benchmarks. */
final class ForwardTiming {

    /** Header of the rows {@link #row} returns. */
    static final String HEADER = "batch,runs,wall_ms_median,cpu_ms_median,wall_ms_per_graph,cpu_ms_per_graph\n";

    private ForwardTiming() {
    }

    /**
     * One warm-up pass, then {@code runs} timed passes of {@code input} (a batch of {@code batch}
     * graphs); the row holds the medians and the per-graph medians in milliseconds.
     */
    static String row(InferenceBackend backend, GcnnPolicy model, BipartiteBatch input, int batch, int runs) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        backend.infer(model, input);
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long w = System.nanoTime();
            long c = mx.getCurrentThreadCpuTime();
            backend.infer(model, input);
            cpu[r] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
            wall[r] = (System.nanoTime() - w) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        double wm = wall[runs / 2];
        double cm = cpu[runs / 2];
        return String.format(Locale.ROOT, "%d,%d,%.1f,%.1f,%.2f,%.2f", batch, runs, wm, cm, wm / batch, cm / batch);
    }
}
