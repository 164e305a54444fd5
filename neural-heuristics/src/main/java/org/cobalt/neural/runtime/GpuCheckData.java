package org.cobalt.neural.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.runtime.djl.DjlBackend;

/**
 * Writes the CPU side of the GPU check: the models of {@link GpuCheckCases} as model files and their
 * DJL/CPU outputs on every case ({@code reference.bin}). Run on a machine with DJL's CPU natives:
 * {@code GpuCheckData <dir>}; {@code bin/neural-gpu-bundle} does it.
 */
public final class GpuCheckData {

    private GpuCheckData() {
    }

    /** Writes models and reference outputs into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "gpu-check");
        Files.createDirectories(dir);
        ModelFiles files = new ModelFiles();
        for (NeuralModel<?> m : GpuCheckCases.models()) {
            files.save(m, dir.resolve(GpuCheckCases.fileName(m)), Map.of("purpose", "CPU vs GPU check"));
        }
        List<GpuCheckReference> refs = new ArrayList<>();
        try (DjlBackend cpu = DjlBackend.cpu()) {
            for (GpuCheckCases.Case c : GpuCheckCases.cases()) {
                NeuralModel<?> model = files.load(dir.resolve(c.modelFile()));
                ModelOutput out = infer(cpu, model, c.input().create());
                refs.add(new GpuCheckReference(c.name(), out.shape(), out.values()));
            }
        }
        GpuCheckReference.write(dir.resolve("reference.bin"), refs);
    }

    @SuppressWarnings("unchecked")
    static <I> ModelOutput infer(InferenceBackend backend, NeuralModel<I> model, Object input) {
        return backend.infer(model, (I) input);
    }

}
