package org.cobalt.neural.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        StringBuilder out = new StringBuilder(ForwardTiming.HEADER);
        GcnnConfig config = GcnnConfig.paper();
        GcnnPolicy model = new GcnnPolicy(config, 1);
        try (InferenceBackend backend = Backends.open(DevicePreference.CPU)) {
            for (int batch : new int[] {1, 16, 256}) {
                BipartiteBatch input = BipartiteBatch.of(SyntheticInputs.setCoverLike(batch, 500, 1000, 0.05, config, 1000));
                int n = batch >= 256 ? Math.max(2, runs / 2) : runs;
                String row = ForwardTiming.row(backend, model, input, batch, n);
                System.out.println(row);
                out.append(row).append('\n');
            }
        }
        Files.writeString(csv, out);
    }
}
