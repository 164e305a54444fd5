package org.cobalt.neural.nn;

/**
 * Hyper-parameters of {@link EdgeGatedGnn}.
 *
 * @param nodeFeatures node feature width (2 for planar coordinates)
 * @param edgeFeatures edge feature width (1 for the distance)
 * @param hidden       node/edge state width
 * @param layers       gated convolution layers
 */
public record GatedGnnConfig(int nodeFeatures, int edgeFeatures, int hidden, int layers) {

    /** Validates widths. */
    public GatedGnnConfig {
        if (nodeFeatures <= 0 || edgeFeatures <= 0 || hidden <= 0 || layers <= 0) {
            throw new IllegalArgumentException("gated GNN sizes must be positive: " + nodeFeatures + ", "
                    + edgeFeatures + ", " + hidden + ", " + layers);
        }
    }
}
