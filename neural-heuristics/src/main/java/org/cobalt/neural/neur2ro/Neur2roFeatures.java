package org.cobalt.neural.neur2ro;

import org.cobalt.core.problem.Problem;
import org.cobalt.instances.robust.CapitalBudgetingProblem;
import org.cobalt.instances.robust.RobustKnapsackProblem;

/**
 * How an instance is shown to the set encoder: per-item features affine in the first-stage 0/1
 * vector and in the scenario, and the scale that turns costs into labels of order one (labels are
 * {@code F*(x, xi) / labelScale}). Features are raw; a {@link FeatureScaler} maps them to [0, 1].
 */
public interface Neur2roFeatures {

    /** The problem kind, stored in model files so a network is not used on the wrong problem. */
    String kind();

    /** Per-item features of the decision; affine in the 0/1 decision vector. */
    SetInput decisionInput();

    /** Per-item features of the scenario; affine in {@code xi}. */
    SetInput scenarioInput();

    /** Positive scale of the labels. */
    double labelScale();

    /** Features for a supported problem. */
    static Neur2roFeatures of(Problem problem) {
        if (problem instanceof RobustKnapsackProblem p) {
            return new KnapsackFeatures(p);
        }
        if (problem instanceof CapitalBudgetingProblem p) {
            return new CapitalBudgetingFeatures(p);
        }
        throw new IllegalArgumentException("Neur2RO has no features for " + problem.getClass().getSimpleName());
    }
}
