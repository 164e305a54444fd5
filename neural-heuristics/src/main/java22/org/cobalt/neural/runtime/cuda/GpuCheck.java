package org.cobalt.neural.runtime.cuda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.runtime.GpuCheckCases;
import org.cobalt.neural.runtime.GpuCheckData;
import org.cobalt.neural.runtime.GpuCheckReference;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.ModelFiles;
import org.cobalt.neural.runtime.ModelOutput;

/**
 * The GPU side of the CPU-vs-GPU check, meant for a CUDA machine without DJL: loads the model files and
 * CPU reference outputs written by {@link GpuCheckData}, rebuilds the seeded inputs, runs every case on
 * {@link CudaBackend}, and reports the largest difference (pass: |gpu − cpu| ≤ 1e-4·max(1, |cpu|)) and
 * forward-pass timings (median wall time, including host↔device copies). Usage:
 * {@code GpuCheck <dir with models and reference.bin> <result.json>}; exit status 1 on any mismatch.
 */
public final class GpuCheck {

    private GpuCheck() {
    }

    /** Runs the check. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path result = Path.of(args.length > 1 ? args[1] : "gpu-check.json");
        List<GpuCheckReference> refs = GpuCheckReference.read(dir.resolve("reference.bin"));
        List<GpuCheckCases.Case> cases = GpuCheckCases.cases();
        ModelFiles files = new ModelFiles();
        // load every model and find every reference before touching the GPU, so a broken bundle fails early
        java.util.Map<String, NeuralModel<?>> models = new java.util.HashMap<>();
        for (GpuCheckCases.Case c : cases) {
            if (!models.containsKey(c.modelFile())) {
                models.put(c.modelFile(), files.load(dir.resolve(c.modelFile())));
            }
            if (refs.stream().noneMatch(r -> r.name().equals(c.name()))) {
                throw new IOException("no reference output for " + c.name());
            }
        }
        System.out.println("loaded " + models.size() + " models and " + refs.size() + " reference outputs");
        StringBuilder json = new StringBuilder("{\n");
        boolean ok = true;
        try (InferenceBackend gpu = CudaBackend.open()) {
            System.out.println("device: " + gpu.deviceDescription());
            json.append("  \"device\": \"").append(gpu.deviceDescription()).append("\",\n  \"cases\": [\n");
            for (int i = 0; i < cases.size(); i++) {
                GpuCheckCases.Case c = cases.get(i);
                GpuCheckReference ref = refs.stream().filter(r -> r.name().equals(c.name())).findFirst()
                        .orElseThrow(() -> new IOException("no reference output for " + c.name()));
                NeuralModel<?> model = models.get(c.modelFile());
                Object input = c.input().create();
                ModelOutput out = infer(gpu, model, input);
                double maxAbs = 0;
                double worst = 0;
                for (int k = 0; k < ref.values().length; k++) {
                    double d = Math.abs((double) out.values()[k] - ref.values()[k]);
                    maxAbs = Math.max(maxAbs, d);
                    worst = Math.max(worst, d / Math.max(1, Math.abs(ref.values()[k])));
                }
                boolean pass = Arrays.equals(out.shape(), ref.shape()) && worst <= 1e-4;
                ok &= pass;
                int runs = c.batch() >= 256 ? 10 : 30;
                double[] ms = new double[runs];
                for (int w = 0; w < 3; w++) {
                    infer(gpu, model, input);
                }
                for (int r = 0; r < runs; r++) {
                    long t = System.nanoTime();
                    infer(gpu, model, input);
                    ms[r] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                double median = ms[runs / 2];
                String line = String.format(Locale.ROOT, "%-45s %s max|diff| %.3g (scaled %.3g)  median %.3f ms  %.1f graphs/s",
                        c.name(), pass ? "PASS" : "FAIL", maxAbs, worst, median, c.batch() * 1000 / median);
                System.out.println(line);
                json.append(String.format(Locale.ROOT, "    {\"case\": \"%s\", \"pass\": %s, \"maxAbsDiff\": %.6g, "
                        + "\"scaledDiff\": %.6g, \"medianMs\": %.4f, \"minMs\": %.4f, \"batch\": %d, \"runs\": %d}%s%n",
                        c.name(), pass, maxAbs, worst, median, ms[0], c.batch(), runs, i + 1 < cases.size() ? "," : ""));
            }
        }
        json.append("  ],\n  \"pass\": ").append(ok).append("\n}\n");
        Files.writeString(result, json);
        System.out.println(ok ? "GPU check PASSED" : "GPU check FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    @SuppressWarnings("unchecked")
    private static <I> ModelOutput infer(InferenceBackend b, NeuralModel<I> m, Object input) {
        return b.infer(m, (I) input);
    }
}
