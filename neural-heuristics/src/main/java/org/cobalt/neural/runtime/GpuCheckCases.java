package org.cobalt.neural.runtime;

import java.util.List;
import org.cobalt.neural.nn.AttentionConfig;
import org.cobalt.neural.nn.AttentionPolicy;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.DeepSetConfig;
import org.cobalt.neural.nn.DeepSetModel;
import org.cobalt.neural.nn.EdgeGatedGnn;
import org.cobalt.neural.nn.GatedGnnConfig;
import org.cobalt.neural.nn.GcnnConfig;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.nn.NeuralModel;

/**
 * The fixed cases of the CPU-vs-GPU check: which model file, which seeded input. The CPU side
 * ({@link GpuCheckData}) and the GPU side (the CUDA backend's {@code GpuCheck}) both build inputs from
 * here, so only models and reference outputs travel to the GPU machine, not the inputs.
 */
public final class GpuCheckCases {

    /** One case: a model file name, and a way to build the model's input. */
    public record Case(String name, String modelFile, int batch, InputFactory input) {
    }

    /** Builds a case's input. */
    @FunctionalInterface
    public interface InputFactory {
        /** The input of {@code model} for this case. */
        Object create();
    }

    /** Model file name of the GCNN. */
    public static final String GCNN = "gcnn.json";
    private static final GcnnConfig GCNN_CONFIG = GcnnConfig.paper();
    static final GatedGnnConfig GATED = new GatedGnnConfig(2, 1, 64, 4);
    static final DeepSetConfig SET = new DeepSetConfig(8, 64, 16, true);
    static final AttentionConfig ATTENTION = new AttentionConfig(2, 8, 128, 8, 3, 512, 10f);

    private GpuCheckCases() {
    }

    /** The models, seeded: GCNN (paper sizes), edge-gated GNN, deep set, attention policy. */
    public static List<NeuralModel<?>> models() {
        GcnnPolicy gcnn = new GcnnPolicy(GCNN_CONFIG, 1);
        // fitted pre-norms make the frozen statistics part of the check
        gcnn.fitInputNorms(BipartiteBatch.of(List.of(SyntheticInputs.setCoverLike(500, 1000, 0.05, GCNN_CONFIG, 7))));
        return List.of(gcnn, new EdgeGatedGnn(GATED, 2), new DeepSetModel(SET, 3), new AttentionPolicy(ATTENTION, 4));
    }

    /** Model file name for a model of {@link #models()}. */
    public static String fileName(NeuralModel<?> m) {
        return switch (m.architecture()) {
            case GcnnPolicy.ARCHITECTURE -> GCNN;
            default -> m.architecture() + ".json";
        };
    }

    /** The cases: GCNN on 500×1000 set-cover-like graphs in batches of 1, 16 and 256, and the others. */
    public static List<Case> cases() {
        return List.of(
                gcnn(1), gcnn(16), gcnn(256),
                new Case("edge-gated-gnn 64 graphs x 100 nodes, k=10", EdgeGatedGnn.ARCHITECTURE + ".json", 64,
                        () -> SyntheticInputs.knnBatch(64, 100, 10, 11)),
                new Case("deep-set 256 sets of <= 20", DeepSetModel.ARCHITECTURE + ".json", 256,
                        () -> SyntheticInputs.sets(SET.elementFeatures(), 256, 20, 12)),
                new Case("attention 64 x 100 nodes", AttentionPolicy.ARCHITECTURE + ".json", 64,
                        () -> SyntheticInputs.attention(ATTENTION, 64, 100, 13)));
    }

    private static Case gcnn(int batch) {
        return new Case("gcnn 500x1000 d=0.05 batch " + batch, GCNN, batch,
                () -> BipartiteBatch.of(SyntheticInputs.setCoverLike(batch, 500, 1000, 0.05, GCNN_CONFIG, 1000)));
    }
}
