package org.cobalt.neural.runtime;

import org.cobalt.neural.nn.NeuralModel;

/**
 * Runs models' forward passes on one device. Parameters are uploaded once per model and re-uploaded
 * only when they change. An instance is not thread-safe: use one per thread.
 */
public interface InferenceBackend extends AutoCloseable {

    /** Short name, e.g. {@code djl-cpu} or {@code cuda-ffm}. */
    String name();

    /** Whether the forward pass runs on a GPU. */
    boolean isGpu();

    /** A human-readable description of the device (for logs and benchmark reports). */
    String deviceDescription();

    /** The model's output for {@code input}, copied to the host. */
    <I> ModelOutput infer(NeuralModel<I> model, I input);

    /** Frees device memory. */
    @Override
    void close();
}
