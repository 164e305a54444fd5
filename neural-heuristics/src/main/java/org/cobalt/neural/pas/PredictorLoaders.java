package org.cobalt.neural.pas;

/** The model-file loaders predict-and-search knows. */
final class PredictorLoaders {

    private PredictorLoaders() {
    }

    /** The loader for cobalt's trained predictors. */
    static PredictorLoader standard() {
        return file -> {
            throw new UnsupportedOperationException("no neural runtime in this build: cannot read " + file);
        };
    }
}
