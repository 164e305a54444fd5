package org.cobalt.neural.pas;

import java.util.Optional;
import org.cobalt.core.milp.MilpModel;

/**
 * Predicts, for every binary variable of a MILP, the probability that it is 1 in a good solution
 * (Han et al. 2023: the marginal probabilities that predict-and-search searches around). Implementations
 * are a trained network ({@code org.cobalt.neural.coco.GnnSolutionPredictor}) or, for tests and
 * baselines, fixed vectors ({@link FixedPredictor}).
 */
public interface SolutionPredictor {

    /** Short description for logs and result messages, e.g. {@code coco-gnn (models/sc.json)}. */
    String name();

    /**
     * The prediction for {@code model}; entries of non-binary variables are NaN.
     *
     * @throws IllegalArgumentException when the model does not fit the predictor (e.g. other features)
     */
    Prediction predict(MilpModel model);

    /**
     * Trust-region sizes chosen for this predictor (e.g. tuned on validation instances and stored in its
     * model file); the solver's parameters override them. Empty by default.
     */
    default Optional<RegionSettings> suggestedRegion() {
        return Optional.empty();
    }
}
