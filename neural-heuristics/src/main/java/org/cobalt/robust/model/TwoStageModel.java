package org.cobalt.robust.model;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.robust.FirstStageSolution;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.LinearExpr;

/**
 * A two-stage robust binary problem in minimization form,
 * {@code min_{x in X} max_{xi in Xi} min_{y in Y(x, xi)} F(x, xi, y)}, as the algorithms of this
 * package see it: pieces to assemble MILPs (first stage, recourse copies, scenario links) and an
 * exact evaluator of a first-stage decision. The maximization problems of cobalt (robust knapsack,
 * capital budgeting) use {@code F = -profit}.
 *
 * <p>A first-stage decision is a 0/1 vector of {@link #decisionSize()} entries (items, then any
 * loan flag).
 */
public interface TwoStageModel {

    /** The problem this model describes. */
    Problem problem();

    /** Length of the first-stage 0/1 vector. */
    int decisionSize();

    /** The uncertainty set. */
    UncertaintySet uncertainty();

    /** A scenario to start from (the nominal one). */
    double[] nominalScenario();

    /** Adds the first-stage binaries and their constraints; returns their indices. */
    int[] addFirstStage(MilpModel.Builder b);

    /**
     * Adds one copy of the recourse variables for the first-stage variables {@code x}, with the
     * constraints that do not depend on the scenario; returns the recourse variable indices.
     */
    int[] addRecourse(MilpModel.Builder b, int[] x, String tag);

    /**
     * Adds the constraints that tie recourse {@code y} to scenario {@code xi} (none for objective
     * uncertainty) and returns {@code F(x, xi, y)} as an expression. When {@code indicator >= 0}
     * the added constraints must hold only where that binary is 1.
     */
    LinearExpr linkScenario(MilpModel.Builder b, int[] x, int[] y, double[] xi, int indicator, String tag);

    /**
     * Adds a recourse copy that serves scenario {@code xi} alone (as in column-and-constraint
     * generation) and returns {@code F(x, xi, y)}. Models may fix recourse variables that cannot
     * help in this scenario; the default is {@link #addRecourse} plus {@link #linkScenario}.
     */
    default ScenarioCopy addScenarioCopy(MilpModel.Builder b, int[] x, double[] xi, String tag) {
        int[] y = addRecourse(b, x, tag);
        return new ScenarioCopy(y, linkScenario(b, x, y, xi, -1, tag));
    }

    /**
     * Values of an optimal recourse for a decision and scenario, in the layout of
     * {@link #addRecourse} (used to warm-start MILPs).
     */
    double[] recourseValues(boolean[] decision, double[] xi);

    /** Exact worst case of a first-stage decision (must be feasible for the first stage). */
    Evaluation evaluate(boolean[] decision, Deadline deadline);

    /** True when the decision satisfies the first-stage constraints. */
    boolean isFeasible(boolean[] decision);

    /** The cost {@code min_y F(x, xi, y)} of a decision under one scenario. */
    double scenarioCost(boolean[] decision, double[] xi);

    /** The decision as a solution. */
    FirstStageSolution toSolution(boolean[] decision);

    /** The decision vector of a solution. */
    boolean[] decision(FirstStageSolution solution);

    /** The problem's objective (e.g. worst-case profit) for a cost of this model. */
    default double objective(double cost) {
        return -cost;
    }
}
