package org.cobalt.neural.pas;

import org.cobalt.neural.coco.CocoModels;
import org.cobalt.neural.coco.GnnSolutionPredictor;

/** The model-file loaders predict-and-search knows. */
final class PredictorLoaders {

    private PredictorLoaders() {
    }

    /** cobalt's trained predictors ({@code coco-gnn} model files, plain or CoCo-MILP). */
    static PredictorLoader standard() {
        return file -> {
            CocoModels.Loaded loaded = new CocoModels().load(file);
            String kind = loaded.model().config().competitive() ? "coco-gnn" : "gnn";
            return new GnnSolutionPredictor(kind + " (" + file.getFileName() + ")", loaded.model(), loaded.region().orElse(null));
        };
    }
}
