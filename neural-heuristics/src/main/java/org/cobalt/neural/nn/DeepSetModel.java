package org.cobalt.neural.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A DeepSets model (two-layer φ, pooling, two-layer ρ) mapping each set of a {@link SetBatch} to a
 * vector, as Neur2RO embeds scenario/decision sets. Output: [sets, output].
 */
public final class DeepSetModel implements NeuralModel<SetBatch> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "deep-set";
    private final DeepSetConfig config;
    private final SetEncoder encoder;

    /** A freshly initialised model. */
    public DeepSetModel(DeepSetConfig config, long seed) {
        this.config = config;
        int h = config.hidden();
        encoder = new SetEncoder("set", new int[] {config.elementFeatures(), h, h}, new int[] {h, h, config.output()},
                config.mean(), new SplittableRandom(seed));
    }

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public DeepSetConfig config() {
        return config;
    }

    @Override
    public FeatureSchema features() {
        return FeatureSchema.of("element", config.elementFeatures());
    }

    @Override
    public <T> T forward(TensorOps<T> ops, SetBatch batch) {
        if (batch.featureDim() != config.elementFeatures()) {
            throw new IllegalArgumentException("set elements have " + batch.featureDim() + " features, the model expects "
                    + config.elementFeatures());
        }
        return encoder.forward(ops, batch);
    }

    @Override
    public List<Parameter> parameters() {
        return encoder.parameters();
    }
}
