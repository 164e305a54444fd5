package org.cobalt.neural.nn;

/**
 * Hyper-parameters of {@link GcnnPolicy}; the defaults are those of Gasse et al. (2019).
 *
 * @param constraintFeatures constraint feature width (5 in the paper)
 * @param variableFeatures   variable feature width (19 in the paper)
 * @param edgeFeatures       edge feature width (1: the coefficient)
 * @param embedding          embedding width (64)
 * @param normalization      PRENORM (paper) or LAYERNORM
 */
public record GcnnConfig(int constraintFeatures, int variableFeatures, int edgeFeatures, int embedding,
                         Normalization normalization) {

    /** Validates widths. */
    public GcnnConfig {
        if (constraintFeatures <= 0 || variableFeatures <= 0 || edgeFeatures <= 0 || embedding <= 0) {
            throw new IllegalArgumentException("GCNN widths must be positive: " + constraintFeatures + ", "
                    + variableFeatures + ", " + edgeFeatures + ", " + embedding);
        }
        if (normalization == null) {
            throw new IllegalArgumentException("GCNN normalization must be given");
        }
    }

    /** The paper's configuration: 5 constraint, 19 variable, 1 edge feature, width 64, pre-norm. */
    public static GcnnConfig paper() {
        return new GcnnConfig(5, 19, 1, 64, Normalization.PRENORM);
    }
}
