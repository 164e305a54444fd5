package org.cobalt.neural.runtime;

import org.cobalt.neural.nn.NeuralModel;

/**
 * How a model file's {@code architecture} name and {@code config} object become a network.
 *
 * @param name       architecture name in model files
 * @param configType the config record Jackson reads
 * @param factory    builds a freshly initialised model from a config and a seed
 * @param <C>        config type
 */
public record ModelArchitecture<C extends Record>(String name, Class<C> configType, Factory<C> factory) {

    /** Builds a model from a validated config. */
    @FunctionalInterface
    public interface Factory<C> {
        /** A model with freshly initialised parameters. */
        NeuralModel<?> create(C config, long seed);
    }

    /** Builds a model from a config of this architecture's type. */
    public NeuralModel<?> create(Record config, long seed) {
        return factory.create(configType.cast(config), seed);
    }
}
