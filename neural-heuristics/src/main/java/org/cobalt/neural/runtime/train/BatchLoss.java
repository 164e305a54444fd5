package org.cobalt.neural.runtime.train;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.cobalt.neural.runtime.djl.DjlOps;

/**
 * The scalar loss of a mini-batch: builds the batch input from the samples, runs the model's forward
 * pass through {@code ops} (so that it is differentiated) and applies a loss from {@link Losses}.
 *
 * @param <S> training sample type
 */
@FunctionalInterface
public interface BatchLoss<S> {

    /** A scalar NDArray. */
    NDArray loss(DjlOps ops, List<S> batch);
}
