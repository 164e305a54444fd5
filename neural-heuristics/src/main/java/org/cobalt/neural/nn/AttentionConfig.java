package org.cobalt.neural.nn;

/**
 * Hyper-parameters of {@link AttentionPolicy}.
 *
 * @param nodeFeatures    node feature width (2 for coordinates)
 * @param contextFeatures decoder context width
 * @param dim             model width
 * @param heads           attention heads
 * @param layers          encoder layers
 * @param feedForward     hidden width of the encoder's feed-forward blocks
 * @param clip            logit clipping C of the pointer (10 in Kool et al.)
 */
public record AttentionConfig(int nodeFeatures, int contextFeatures, int dim, int heads, int layers, int feedForward,
                              float clip) {

    /** Validates sizes. */
    public AttentionConfig {
        if (nodeFeatures <= 0 || contextFeatures <= 0 || dim <= 0 || heads <= 0 || layers <= 0 || feedForward <= 0
                || !(clip > 0)) {
            throw new IllegalArgumentException("attention sizes must be positive");
        }
        if (dim % heads != 0) {
            throw new IllegalArgumentException("width " + dim + " is not divisible by " + heads + " heads");
        }
    }
}
