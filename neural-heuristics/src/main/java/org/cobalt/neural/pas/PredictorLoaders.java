package org.cobalt.neural.pas;

import org.cobalt.neural.coco.CocoModels;
import org.cobalt.neural.coco.GnnSolutionPredictor;

/** The model-file loaders predict-and-search knows. */
final class PredictorLoaders {

    private PredictorLoaders() {
    }

    /** cobalt's trained predictors ({@code coco-gnn} model files, plain or CoCo-MILP). */
    static PredictorLoader standard() {
        return variant(null);
    }

    /**
     * Like {@link #standard()}, but the model's metadata must name {@code expected} as its variant
     * (null accepts any): a variant solver then never runs a model trained as another variant.
     */
    static PredictorLoader variant(String expected) {
        return file -> {
            CocoModels.Loaded loaded = new CocoModels().load(file);
            String actual = loaded.metadata().get("variant");
            if (expected != null && !expected.equals(actual)) {
                throw new IllegalArgumentException("holds a '" + actual + "' predictor, this solver runs '" + expected + "' predictors");
            }
            String kind = loaded.model().config().competitive() ? "coco-gnn" : "gnn";
            return new GnnSolutionPredictor(kind + " (" + file.getFileName() + ")", loaded.model(), loaded.region().orElse(null));
        };
    }
}
