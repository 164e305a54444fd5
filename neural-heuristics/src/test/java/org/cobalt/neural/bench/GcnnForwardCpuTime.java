package org.cobalt.neural.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.GcnnConfig;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.DevicePreference;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.SyntheticInputs;

/**
 * Companion of {@link GcnnForwardBenchmark} for shared machines: the same forward passes, reporting the
 * calling thread's CPU time (user + system) beside the wall time. With one PyTorch thread the whole
 * forward pass runs on the calling thread, so its CPU time does not grow when other processes compete
 * for the cores, while wall time does. Usage: {@code GcnnForwardCpuTime <csv> [runs]}.
 */
public final class GcnnForwardCpuTime {

    private GcnnForwardCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "neural-cputime.csv");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder("batch,runs,wall_ms_median,cpu_ms_median,wall_ms_per_graph,cpu_ms_per_graph\n");
        GcnnConfig config = GcnnConfig.paper();
        GcnnPolicy model = new GcnnPolicy(config, 1);
        try (InferenceBackend backend = Backends.open(DevicePreference.CPU)) {
            for (int batch : new int[] {1, 16, 256}) {
                BipartiteBatch input = BipartiteBatch.of(SyntheticInputs.setCoverLike(batch, 500, 1000, 0.05, config, 1000));
                int n = batch >= 256 ? Math.max(2, runs / 2) : runs;
                backend.infer(model, input);
                double[] wall = new double[n];
                double[] cpu = new double[n];
                for (int r = 0; r < n; r++) {
                    long w = System.nanoTime();
                    long c = mx.getCurrentThreadCpuTime();
                    backend.infer(model, input);
                    cpu[r] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
                    wall[r] = (System.nanoTime() - w) / 1e6;
                }
                Arrays.sort(wall);
                Arrays.sort(cpu);
                double wm = wall[n / 2];
                double cm = cpu[n / 2];
                String row = String.format(Locale.ROOT, "%d,%d,%.1f,%.1f,%.2f,%.2f", batch, n, wm, cm, wm / batch, cm / batch);
                System.out.println(row);
                out.append(row).append('\n');
            }
        }
        Files.writeString(csv, out);
    }
}
