package org.cobalt.robust.model;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.robust.CapitalBudgetingLoansProblem;
import org.cobalt.instances.robust.FirstStageSolution;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.LinearExpr;
import org.cobalt.robust.milp.MilpSolve;

/**
 * {@link CapitalBudgetingLoansProblem} in minimization form,
 * {@code F = -sum_i p_i(xi) (x_i + f y_i) + lambda1 x0 + lambda2 y0}. The decision vector is the
 * projects followed by the first-stage loan flag {@code x0}; the recourse layout is
 * {@code y_0..y_{n-1}, y0}. Only profits are uncertain, so the worst case comes from
 * {@link ObjectiveUncertaintyEvaluator}; the recourse is the better of two 0/1 knapsacks (without
 * and with the second loan), solved by dynamic programming for integer costs and by
 * branch-and-bound otherwise.
 */
public final class CapitalBudgetingLoansModel implements TwoStageModel {

    private final CapitalBudgetingLoansProblem p;
    private final MilpSolve engines;
    private final UncertaintySet set;

    public CapitalBudgetingLoansModel(CapitalBudgetingLoansProblem problem, MilpSolve engines) {
        this.p = problem;
        this.engines = engines;
        this.set = UncertaintySet.box(problem.factors(), -1, 1);
    }

    @Override
    public CapitalBudgetingLoansProblem problem() {
        return p;
    }

    @Override
    public int decisionSize() {
        return p.size() + 1;
    }

    @Override
    public UncertaintySet uncertainty() {
        return set;
    }

    @Override
    public double[] nominalScenario() {
        return new double[p.factors()];
    }

    @Override
    public int[] addFirstStage(MilpModel.Builder b) {
        int n = p.size();
        int[] x = new int[n + 1];
        LinearExpr spend = new LinearExpr();
        for (int i = 0; i < n; i++) {
            x[i] = b.addBinary("x_" + i, 0);
            spend.add(x[i], p.cost(i));
        }
        x[n] = b.addBinary("loan_1", 0);
        spend.add(x[n], -p.firstLoan()).addLe(b, "budget_1", p.budget());
        return x;
    }

    @Override
    public int[] addRecourse(MilpModel.Builder b, int[] x, String tag) {
        int n = p.size();
        int[] y = new int[n + 1];
        LinearExpr spend = new LinearExpr();
        for (int i = 0; i < n; i++) {
            y[i] = b.addBinary("y_" + tag + "_" + i, 0);
            new LinearExpr().add(x[i], 1).add(y[i], 1).addLe(b, "once_" + tag + "_" + i, 1);
            spend.add(x[i], p.cost(i)).add(y[i], p.cost(i));
        }
        y[n] = b.addBinary("loan_2_" + tag, 0);
        spend.add(x[n], -p.firstLoan()).add(y[n], -p.secondLoan()).addLe(b, "budget_2_" + tag, p.budget());
        return y;
    }

    @Override
    public LinearExpr linkScenario(MilpModel.Builder b, int[] x, int[] y, double[] xi, int indicator, String tag) {
        int n = p.size();
        LinearExpr f = new LinearExpr();
        for (int i = 0; i < n; i++) {
            double pr = p.profit(i, xi);
            f.add(x[i], -pr).add(y[i], -p.lateFactor() * pr);
        }
        f.add(x[n], p.firstLoanCost()).add(y[n], p.secondLoanCost());
        return f;
    }

    @Override
    public Evaluation evaluate(boolean[] decision, Deadline deadline) {
        return new ObjectiveUncertaintyEvaluator(set, this::recourse, engines, 1e-9)
                .evaluate(decision, nominalScenario(), deadline);
    }

    @Override
    public boolean isFeasible(boolean[] decision) {
        if (decision.length != p.size() + 1) {
            return false;
        }
        return firstStageSpend(decision) <= p.budget() + (decision[p.size()] ? p.firstLoan() : 0) + 1e-9;
    }

    private double firstStageSpend(boolean[] d) {
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            if (d[i]) {
                s += p.cost(i);
            }
        }
        return s;
    }

    @Override
    public double scenarioCost(boolean[] decision, double[] xi) {
        return recourse(decision, xi).value();
    }

    @Override
    public double[] recourseValues(boolean[] decision, double[] xi) {
        boolean[] y = bestResponse(decision, xi);
        double[] v = new double[y.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = y[i] ? 1 : 0;
        }
        return v;
    }

    /** Late projects followed by the second-loan flag. */
    public boolean[] bestResponse(boolean[] d, double[] xi) {
        int n = p.size();
        double left = p.budget() + (d[n] ? p.firstLoan() : 0) - firstStageSpend(d);
        boolean[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int loan = 0; loan <= 1; loan++) {
            double cap = left + (loan == 1 ? p.secondLoan() : 0);
            if (cap < -1e-9) {
                continue;
            }
            boolean[] take = knapsack(d, xi, Math.max(0, cap));
            double v = -(loan == 1 ? p.secondLoanCost() : 0);
            for (int i = 0; i < n; i++) {
                if (take[i]) {
                    v += p.lateFactor() * p.profit(i, xi);
                }
            }
            if (v > bestValue) {
                bestValue = v;
                best = java.util.Arrays.copyOf(take, n + 1);
                best[n] = loan == 1;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("decision exceeds the first-stage budget");
        }
        return best;
    }

    private boolean[] knapsack(boolean[] d, double[] xi, double cap) {
        int n = p.size();
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            value[i] = d[i] ? 0 : p.lateFactor() * p.profit(i, xi);
        }
        if (p.hasIntegerCosts() && cap < 50_000_000) {
            int[] w = new int[n];
            for (int i = 0; i < n; i++) {
                w[i] = (int) p.cost(i);
            }
            return Knapsacks.dynamicProgram(value, w, (int) Math.floor(cap + 1e-9));
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = p.cost(i);
        }
        boolean[] take = Knapsacks.branchAndBound(value, w, cap, 50_000_000);
        if (take == null) {
            throw new IllegalStateException("knapsack branch-and-bound hit its node limit");
        }
        return take;
    }

    /** The best recourse as an affine cost in the scenario. */
    public AffineCost recourse(boolean[] d, double[] xi) {
        int n = p.size();
        boolean[] y = bestResponse(d, xi);
        double constant = (d[n] ? p.firstLoanCost() : 0) + (y[n] ? p.secondLoanCost() : 0);
        double[] slope = new double[p.factors()];
        for (int i = 0; i < n; i++) {
            double w = (d[i] ? 1 : 0) + (y[i] ? p.lateFactor() : 0);
            if (w == 0) {
                continue;
            }
            constant -= w * p.profit(i);
            for (int j = 0; j < slope.length; j++) {
                slope[j] -= w * p.profit(i) * p.factor(i, j) / 2;
            }
        }
        double value = constant;
        for (int j = 0; j < slope.length; j++) {
            value += slope[j] * xi[j];
        }
        return new AffineCost(value, constant, slope);
    }

    @Override
    public FirstStageSolution toSolution(boolean[] decision) {
        return new FirstStageSolution(java.util.Arrays.copyOf(decision, p.size()), decision[p.size()]);
    }

    @Override
    public boolean[] decision(FirstStageSolution solution) {
        boolean[] d = java.util.Arrays.copyOf(solution.selection(), p.size() + 1);
        d[p.size()] = solution.loan();
        return d;
    }
}
