package org.cobalt.neural.udc.model;

/**
 * Hyper-parameters of {@link PathPolicy}.
 *
 * @param dim              model width
 * @param heads            attention heads (encoder and glimpse)
 * @param layers           encoder layers
 * @param feedForward      hidden width of the encoder's feed-forward blocks
 * @param clip             logit clipping C of the pointer ({@code C·tanh(·)}, 10 in Kool et al.)
 * @param distanceBiasInit initial weight of the distance bias subtracted from the logits (ICAM-style,
 *                         learned afterwards)
 */
public record PathPolicyConfig(int dim, int heads, int layers, int feedForward, float clip, float distanceBiasInit) {

    /** Validates sizes. */
    public PathPolicyConfig {
        if (dim <= 0 || heads <= 0 || layers <= 0 || feedForward <= 0 || !(clip > 0)
                || !Float.isFinite(distanceBiasInit)) {
            throw new IllegalArgumentException("path policy sizes must be positive: dim=" + dim + ", heads=" + heads
                    + ", layers=" + layers + ", ff=" + feedForward + ", clip=" + clip);
        }
        if (dim % heads != 0) {
            throw new IllegalArgumentException("width " + dim + " is not divisible by " + heads + " heads");
        }
    }
}
