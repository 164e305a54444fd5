package org.cobalt.neural.udc.model;

/**
 * Hyper-parameters of {@link HeatmapNetwork}.
 *
 * @param hidden           node/edge state width (64 in UDC)
 * @param layers           gated graph convolution layers (12 in UDC)
 * @param neighbors        k of the sparse k-nearest-neighbour input graph (100 in UDC)
 * @param distanceBiasInit initial weight of the distance term subtracted from the edge scores
 */
public record HeatmapConfig(int hidden, int layers, int neighbors, float distanceBiasInit) {

    /** Validates sizes. */
    public HeatmapConfig {
        if (hidden <= 0 || layers <= 0 || neighbors <= 0 || !Float.isFinite(distanceBiasInit)) {
            throw new IllegalArgumentException("heatmap sizes must be positive: hidden=" + hidden + ", layers=" + layers
                    + ", k=" + neighbors);
        }
    }
}
