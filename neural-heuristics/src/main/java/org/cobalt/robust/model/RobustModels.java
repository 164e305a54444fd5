package org.cobalt.robust.model;

import org.cobalt.core.problem.Problem;
import org.cobalt.instances.robust.CapitalBudgetingLoansProblem;
import org.cobalt.instances.robust.CapitalBudgetingProblem;
import org.cobalt.instances.robust.RobustKnapsackProblem;
import org.cobalt.robust.milp.MilpSolve;

/** The {@link TwoStageModel} of each robust problem type cobalt knows. */
public final class RobustModels {

    private RobustModels() {
    }

    /** True for the robust knapsack, capital budgeting and capital budgeting with loans. */
    public static boolean supports(Problem problem) {
        return problem instanceof RobustKnapsackProblem || problem instanceof CapitalBudgetingProblem
                || problem instanceof CapitalBudgetingLoansProblem;
    }

    public static TwoStageModel of(Problem problem, MilpSolve engines) {
        if (problem instanceof RobustKnapsackProblem p) {
            return new RobustKnapsackModel(p, engines);
        }
        if (problem instanceof CapitalBudgetingProblem p) {
            return new CapitalBudgetingModel(p, engines);
        }
        if (problem instanceof CapitalBudgetingLoansProblem p) {
            return new CapitalBudgetingLoansModel(p, engines);
        }
        throw new IllegalArgumentException("no two-stage robust model for " + problem.getClass().getSimpleName());
    }
}
