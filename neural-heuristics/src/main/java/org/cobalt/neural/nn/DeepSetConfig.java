package org.cobalt.neural.nn;

/**
 * Hyper-parameters of {@link DeepSetModel}.
 *
 * @param elementFeatures element feature width
 * @param hidden          width of φ's layers and of the pooled vector
 * @param output          output width
 * @param mean            pool by mean (true) or sum (false)
 */
public record DeepSetConfig(int elementFeatures, int hidden, int output, boolean mean) {

    /** Validates widths. */
    public DeepSetConfig {
        if (elementFeatures <= 0 || hidden <= 0 || output <= 0) {
            throw new IllegalArgumentException("set encoder widths must be positive: " + elementFeatures + ", "
                    + hidden + ", " + output);
        }
    }
}
