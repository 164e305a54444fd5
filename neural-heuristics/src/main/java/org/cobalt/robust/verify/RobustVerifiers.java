package org.cobalt.robust.verify;

import java.util.Locale;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.verify.Tolerances;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifier;
import org.cobalt.instances.robust.CapitalBudgetingLoansProblem;
import org.cobalt.instances.robust.CapitalBudgetingProblem;
import org.cobalt.instances.robust.FirstStageSolution;
import org.cobalt.instances.robust.RobustKnapsackProblem;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.Evaluation;
import org.cobalt.robust.model.RobustModels;
import org.cobalt.robust.model.TwoStageModel;

/**
 * Verifiers of first-stage decisions of the two-stage robust problems (registered through
 * {@code META-INF/services/org.cobalt.core.verify.Verifier}).
 *
 * <p>First-stage feasibility is checked here from the problem data alone. The objective of a
 * robust decision is its worst case over the uncertainty set with optimal recourse, which takes an
 * optimisation to compute: it comes from the exact evaluator of {@link TwoStageModel#evaluate}
 * (cutting planes over the uncertainty set with SCIP), run to completion. That evaluator is shared
 * with the solvers, so the objective check guards against a solver misreporting its decision's
 * value, not against a bug in the evaluator itself (the published optima check that, see
 * docs/neur2ro.md). An evaluation that does not close its gap is reported as an unknown objective.
 */
public final class RobustVerifiers {

    private RobustVerifiers() {
    }

    static Verification verify(Problem problem, FirstStageSolution s, String infeasibility) {
        if (infeasibility != null) {
            return Verification.fail(infeasibility);
        }
        TwoStageModel model = RobustModels.of(problem, MilpSolve.DEFAULT);
        boolean[] d = model.decision(s);
        Evaluation e = model.evaluate(d, Deadline.none());
        return Verification.ok(e.exact() ? model.objective(e.cost()) : Double.NaN, 0);
    }

    /** Robust knapsack: every produce/not-produce vector is feasible (outsourcing covers all). */
    public static final class Knapsack implements Verifier<RobustKnapsackProblem, FirstStageSolution> {
        @Override
        public Class<RobustKnapsackProblem> problemType() {
            return RobustKnapsackProblem.class;
        }

        @Override
        public Class<FirstStageSolution> solutionType() {
            return FirstStageSolution.class;
        }

        @Override
        public Verification verify(RobustKnapsackProblem p, FirstStageSolution s, Tolerances tol) {
            String bad = s.size() != p.size() ? "decision has " + s.size() + " items, the instance " + p.size()
                    : s.loan() ? "the robust knapsack has no loan" : null;
            return RobustVerifiers.verify(p, s, bad);
        }
    }

    /** Capital budgeting: the chosen projects' cost must fit the budget in every scenario of the box. */
    public static final class CapitalBudgeting implements Verifier<CapitalBudgetingProblem, FirstStageSolution> {
        @Override
        public Class<CapitalBudgetingProblem> problemType() {
            return CapitalBudgetingProblem.class;
        }

        @Override
        public Class<FirstStageSolution> solutionType() {
            return FirstStageSolution.class;
        }

        @Override
        public Verification verify(CapitalBudgetingProblem p, FirstStageSolution s, Tolerances tol) {
            if (s.size() != p.size() || s.loan()) {
                return Verification.fail("decision has " + s.size() + " projects" + (s.loan() ? " and a loan" : "")
                        + ", the instance " + p.size() + " projects and no loans");
            }
            // worst case of c(xi).x over the box [-1, 1]^m, coordinate by coordinate
            double worst = 0;
            for (int i = 0; i < p.size(); i++) {
                worst += s.selected(i) ? p.cost(i) : 0;
            }
            for (int j = 0; j < p.factors(); j++) {
                double f = 0;
                for (int i = 0; i < p.size(); i++) {
                    f += s.selected(i) ? p.costFactor(i, j) * p.cost(i) / 2 : 0;
                }
                worst += Math.abs(f);
            }
            String bad = worst > p.budget() + tol.feasibility() * Math.max(1, Math.abs(p.budget()))
                    ? String.format(Locale.ROOT, "worst-case first-stage cost %.9g exceeds the budget %.9g", worst, p.budget())
                    : null;
            return RobustVerifiers.verify(p, s, bad);
        }
    }

    /** Capital budgeting with loans: first-stage spending within the budget plus the first-stage loan. */
    public static final class CapitalBudgetingLoans implements Verifier<CapitalBudgetingLoansProblem, FirstStageSolution> {
        @Override
        public Class<CapitalBudgetingLoansProblem> problemType() {
            return CapitalBudgetingLoansProblem.class;
        }

        @Override
        public Class<FirstStageSolution> solutionType() {
            return FirstStageSolution.class;
        }

        @Override
        public Verification verify(CapitalBudgetingLoansProblem p, FirstStageSolution s, Tolerances tol) {
            if (s.size() != p.size()) {
                return Verification.fail("decision has " + s.size() + " projects, the instance " + p.size());
            }
            double spend = 0;
            for (int i = 0; i < p.size(); i++) {
                spend += s.selected(i) ? p.cost(i) : 0;
            }
            double available = p.budget() + (s.loan() ? p.firstLoan() : 0);
            String bad = spend > available + tol.feasibility() * Math.max(1, Math.abs(available))
                    ? String.format(Locale.ROOT, "first-stage spending %.9g exceeds budget plus loan %.9g", spend, available)
                    : null;
            return RobustVerifiers.verify(p, s, bad);
        }
    }
}
