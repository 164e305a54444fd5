package org.cobalt.neural.nn;

/**
 * A complete network with a typed input: what model files store and backends run.
 *
 * @param <I> the input (a batch of graphs, sets, ...)
 */
public interface NeuralModel<I> extends Layer {

    /** Architecture name as written in model files, e.g. {@code gasse-gcnn}. */
    String architecture();

    /** The hyper-parameters this instance was built from (a record that Jackson can write and read). */
    Record config();

    /** Feature dimensions the model expects, by input name. */
    FeatureSchema features();

    /** The forward pass; returns the output tensor (see each model for its shape). */
    <T> T forward(TensorOps<T> ops, I input);
}
