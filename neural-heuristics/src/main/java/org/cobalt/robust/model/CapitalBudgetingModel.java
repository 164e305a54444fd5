package org.cobalt.robust.model;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.instances.robust.CapitalBudgetingProblem;
import org.cobalt.instances.robust.FirstStageSolution;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.LinearExpr;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.milp.RobustSolveException;

/**
 * {@link CapitalBudgetingProblem} in minimization form, {@code F = -sum_i r_i(xi) (x_i + k y_i)},
 * with the first stage restricted to robustly affordable portfolios
 * ({@code sum cbar x + sum_j |sum_i cbar_i phi_ij x_i| / 2 <= B}, linearised with one variable per
 * risk factor) and the recourse budget row {@code c(xi).(x + y) <= B} tied to the scenario.
 *
 * <p>The uncertainty sits in a constraint, so the worst case is a min-max with a scenario-dependent
 * feasible set. {@link #evaluate} solves it by cutting planes on the recourse decisions: a MILP over
 * {@code (xi, z)} in which every known recourse {@code y_k} either bounds {@code z} or is over budget
 * at {@code xi} (one binary each), followed by an exact knapsack best response at the MILP's
 * scenario. "Over budget" means by at least {@link #EPSILON} times the budget, so the worst case
 * is exact up to that margin (the infimum over the box need not be attained).
 */
public final class CapitalBudgetingModel implements TwoStageModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CapitalBudgetingModel.class);

    /** Relative margin by which a recourse counts as over budget in the worst-case MILP. */
    public static final double EPSILON = 1e-6;

    private final CapitalBudgetingProblem p;
    private final MilpSolve engines;
    private final MilpSolve worstCaseEngines;
    private final UncertaintySet set;

    /** Worst-case MILPs by CBC, which solves these small disjunctive models several times faster than SCIP here. */
    public CapitalBudgetingModel(CapitalBudgetingProblem problem, MilpSolve engines) {
        this(problem, engines, new MilpSolve("cbc", engines.lpSolver(), engines.threads()));
    }

    public CapitalBudgetingModel(CapitalBudgetingProblem problem, MilpSolve engines, MilpSolve worstCaseEngines) {
        this.p = problem;
        this.engines = engines;
        this.worstCaseEngines = worstCaseEngines;
        this.set = UncertaintySet.box(problem.factors(), -1, 1);
    }

    @Override
    public CapitalBudgetingProblem problem() {
        return p;
    }

    @Override
    public int decisionSize() {
        return p.size();
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
        int m = p.factors();
        int[] x = new int[n];
        LinearExpr worst = new LinearExpr();
        for (int i = 0; i < n; i++) {
            x[i] = b.addBinary("x_" + i, 0);
            worst.add(x[i], p.cost(i));
        }
        for (int j = 0; j < m; j++) {
            double spread = 0;
            LinearExpr load = new LinearExpr();
            for (int i = 0; i < n; i++) {
                load.add(x[i], p.cost(i) * p.costFactor(i, j) / 2);
                spread += Math.abs(p.cost(i) * p.costFactor(i, j) / 2);
            }
            int u = b.addContinuous("spread_" + j, 0, spread, 0);
            new LinearExpr().add(u, 1).add(load, -1).addGe(b, "spread_pos_" + j, 0);
            new LinearExpr().add(u, 1).add(load, 1).addGe(b, "spread_neg_" + j, 0);
            worst.add(u, 1);
        }
        worst.addLe(b, "robust_budget", p.budget());
        return x;
    }

    @Override
    public int[] addRecourse(MilpModel.Builder b, int[] x, String tag) {
        int[] y = new int[p.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = b.addBinary("y_" + tag + "_" + i, 0);
            new LinearExpr().add(x[i], 1).add(y[i], 1).addLe(b, "once_" + tag + "_" + i, 1);
        }
        return y;
    }

    @Override
    public LinearExpr linkScenario(MilpModel.Builder b, int[] x, int[] y, double[] xi, int indicator, String tag) {
        LinearExpr spend = new LinearExpr();
        LinearExpr f = new LinearExpr();
        double total = 0;
        for (int i = 0; i < p.size(); i++) {
            double c = p.cost(i, xi);
            double r = p.revenue(i, xi);
            spend.add(x[i], c).add(y[i], c);
            total += c;
            f.add(x[i], -r).add(y[i], -r * p.lateFactor());
        }
        if (indicator < 0) {
            spend.addLe(b, "budget_" + tag, p.budget());
        } else {
            // at most one of x_i, y_i is 1, so spend <= total and the row is void when the indicator is 0
            double big = Math.max(0, total - p.budget());
            spend.add(indicator, big).addLe(b, "budget_" + tag, p.budget() + big);
        }
        return f;
    }

    @Override
    public double[] recourseValues(boolean[] decision, double[] xi) {
        boolean[] y = bestResponse(decision, xi);
        double[] v = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            v[i] = y[i] ? 1 : 0;
        }
        return v;
    }

    @Override
    public boolean isFeasible(boolean[] decision) {
        return decision.length == p.size() && p.worstCaseCost(decision) <= p.budget() * (1 + 1e-12) + 1e-12;
    }

    @Override
    public double scenarioCost(boolean[] decision, double[] xi) {
        return cost(decision, bestResponse(decision, xi), xi);
    }

    /** {@code F(x, xi, y)}. */
    public double cost(boolean[] x, boolean[] y, double[] xi) {
        double f = 0;
        for (int i = 0; i < p.size(); i++) {
            double r = p.revenue(i, xi);
            f -= (x[i] ? r : 0) + (y[i] ? p.lateFactor() * r : 0);
        }
        return f;
    }

    /** The revenue-maximising late portfolio for a decision under a scenario (an exact 0/1 knapsack). */
    public boolean[] bestResponse(boolean[] x, double[] xi) {
        int n = p.size();
        double left = p.budget();
        for (int i = 0; i < n; i++) {
            if (x[i]) {
                left -= p.cost(i, xi);
            }
        }
        boolean[] y = new boolean[n];
        if (left <= 0) {
            return y;
        }
        double[] value = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            if (!x[i]) {
                value[i] = p.lateFactor() * p.revenue(i, xi);
                weight[i] = p.cost(i, xi);
            }
        }
        boolean[] take = Knapsacks.branchAndBound(value, weight, left, 5_000_000);
        if (take != null) {
            return take;
        }
        MilpModel.Builder b = MilpModel.builder("cb-recourse").sense(ObjectiveSense.MAXIMIZE);
        LinearExpr row = new LinearExpr();
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = b.addVariable("y_" + i, 0, x[i] ? 0 : 1, org.cobalt.core.milp.VarType.BINARY, value[i]);
            row.add(v[i], weight[i]);
        }
        row.addLe(b, "budget", left);
        MilpSolve.Outcome o = engines.require(b.build(), Double.POSITIVE_INFINITY, 0, "capital budgeting recourse");
        for (int i = 0; i < n; i++) {
            y[i] = o.values()[v[i]] > 0.5;
        }
        return y;
    }

    @Override
    public Evaluation evaluate(boolean[] decision, Deadline deadline) {
        long t0 = System.nanoTime();
        int n = p.size();
        int m = p.factors();
        List<boolean[]> known = new ArrayList<>();
        double[] start = nominalScenario();
        boolean[] first = bestResponse(decision, start);
        double bestCost = cost(decision, first, start);
        double[] bestXi = start;
        if (!allZero(first)) {
            known.add(first);
        }
        // Best responses at the box's vertices seed the cuts: worst cases tend to sit near them.
        if (m <= 10) {
            for (int mask = 0; mask < 1 << m; mask++) {
                double[] v = new double[m];
                for (int j = 0; j < m; j++) {
                    v[j] = (mask >> j & 1) == 1 ? 1 : -1;
                }
                boolean[] y = bestResponse(decision, v);
                double c = cost(decision, y, v);
                if (c > bestCost) {
                    bestCost = c;
                    bestXi = v;
                }
                if (!contains(known, y)) {
                    known.add(y);
                }
            }
        }
        double upper = Double.POSITIVE_INFINITY;
        int rounds = 0;
        boolean exact = false;
        double eps = EPSILON * Math.max(1, p.budget());
        while (!deadline.expired()) {
            rounds++;
            MilpModel.Builder b = MilpModel.builder("cb-adversary").sense(ObjectiveSense.MAXIMIZE);
            int[] xi = set.addTo(b, "xi");
            LinearExpr none = costExpr(decision, new boolean[n], xi);
            // z may fall below F(x, xi, 0) when a known recourse is affordable everywhere: its lower
            // bound must cover every F(x, xi, y), or the disjunctions below can make the model infeasible
            int z = b.addContinuous("z", Math.min(none.lowerBound(b), costLowerBound()), none.upperBound(b), 1);
            new LinearExpr().add(z, 1).add(none, -1).addLe(b, "none", 0);
            for (int k = 0; k < known.size(); k++) {
                addDisjunction(b, xi, z, decision, known.get(k), eps, k);
            }
            MilpSolve.Outcome o = worstCaseEngines.solve(b.build(), deadline.remainingSeconds(), 0);
            if (!o.hasSolution()) {
                if (deadline.remainingSeconds() < 0.1) {
                    break; // time is up: the evaluation stays inexact, the caller decides
                }
                throw new RobustSolveException("capital budgeting worst case: " + worstCaseEngines.milpSolver()
                        + " returned " + o.status() + " (" + o.message() + ")");
            }
            LOG.debug("cb worst case round {}: {} candidates, MILP {} ({} s)", rounds, known.size(), o.objective(), o.seconds());
            double[] scenario = new double[m];
            for (int j = 0; j < m; j++) {
                scenario[j] = Math.max(-1, Math.min(1, o.values()[xi[j]]));
            }
            upper = o.optimal() ? o.objective() : o.bound();
            boolean[] response = bestResponse(decision, scenario);
            double value = cost(decision, response, scenario);
            if (value > bestCost) {
                bestCost = value;
                bestXi = scenario;
            }
            if (value >= o.objective() - 1e-9 * Math.max(1, Math.abs(o.objective())) || contains(known, response)) {
                exact = o.optimal();
                break;
            }
            known.add(response);
        }
        return new Evaluation(bestCost, Math.max(upper, bestCost), bestXi, rounds, exact, (System.nanoTime() - t0) / 1e9);
    }

    /** A lower bound on {@code F(x, xi, y)} over all decisions, recourses and scenarios of the box. */
    private double costLowerBound() {
        double f = 0;
        for (int i = 0; i < p.size(); i++) {
            double spread = 0;
            for (int j = 0; j < p.factors(); j++) {
                spread += Math.abs(p.revenueFactor(i, j)) / 2;
            }
            f -= (1 + Math.abs(p.lateFactor())) * Math.abs(p.revenue(i)) * (1 + spread);
        }
        return f;
    }

    /**
     * "{@code z <= F(x, xi, y)} or {@code c(xi).(x + y) >= B + eps}" in the convex-hull (extended)
     * formulation of the two-term disjunction (Balas): {@code xi} and {@code z} are split into one
     * copy per term, each scaled by its term's indicator. Far tighter than big-M, which left the
     * worst-case MILPs of 20 candidates taking tens of seconds.
     */
    private void addDisjunction(MilpModel.Builder b, int[] xi, int z, boolean[] x, boolean[] y, double eps, int k) {
        int m = xi.length;
        double zLo = b.lower(z);
        double zUp = b.upper(z);
        int over = b.addBinary("over_" + k, 0);
        int[] xi0 = new int[m];
        int[] xi1 = new int[m];
        for (int j = 0; j < m; j++) {
            xi0[j] = b.addContinuous("xi0_" + k + "_" + j, -1, 1, 0);
            xi1[j] = b.addContinuous("xi1_" + k + "_" + j, -1, 1, 0);
            new LinearExpr().add(xi[j], 1).add(xi0[j], -1).add(xi1[j], -1).addEq(b, "split_" + k + "_" + j, 0);
            // term 0 lives in (1 - over) * box, term 1 in over * box
            new LinearExpr().add(xi0[j], 1).add(over, 1).addLe(b, "box0u_" + k + "_" + j, 1);
            new LinearExpr().add(xi0[j], -1).add(over, 1).addLe(b, "box0l_" + k + "_" + j, 1);
            new LinearExpr().add(xi1[j], 1).add(over, -1).addLe(b, "box1u_" + k + "_" + j, 0);
            new LinearExpr().add(xi1[j], -1).add(over, -1).addLe(b, "box1l_" + k + "_" + j, 0);
        }
        int z0 = b.addContinuous("z0_" + k, Math.min(0, zLo), Math.max(0, zUp), 0);
        int z1 = b.addContinuous("z1_" + k, Math.min(0, zLo), Math.max(0, zUp), 0);
        new LinearExpr().add(z, 1).add(z0, -1).add(z1, -1).addEq(b, "zsplit_" + k, 0);
        // term 0: z0 <= F(x, xi0, y) homogenised: alpha (1 - over) + beta . xi0
        double[] f = affineCost(x, y);
        LinearExpr t0 = new LinearExpr().add(z0, 1).add(over, f[0]);
        for (int j = 0; j < m; j++) {
            t0.add(xi0[j], -f[j + 1]);
        }
        t0.addLe(b, "term0_" + k, f[0]);
        new LinearExpr().add(z0, 1).add(over, zLo).addGe(b, "z0lo_" + k, zLo);
        new LinearExpr().add(z0, 1).add(over, zUp).addLe(b, "z0up_" + k, zUp);
        // term 1: spend(xi1) - B >= eps, homogenised
        double[] a = affineSpend(x, y);
        LinearExpr t1 = new LinearExpr().add(over, a[0] - p.budget() - eps);
        for (int j = 0; j < m; j++) {
            t1.add(xi1[j], a[j + 1]);
        }
        t1.addGe(b, "term1_" + k, 0);
        new LinearExpr().add(z1, 1).add(over, -zLo).addGe(b, "z1lo_" + k, 0);
        new LinearExpr().add(z1, 1).add(over, -zUp).addLe(b, "z1up_" + k, 0);
    }

    /** {@code F(x, xi, y) = f[0] + sum_j f[j+1] xi_j}. */
    private double[] affineCost(boolean[] x, boolean[] y) {
        double[] f = new double[p.factors() + 1];
        for (int i = 0; i < p.size(); i++) {
            double w = (x[i] ? 1 : 0) + (y[i] ? p.lateFactor() : 0);
            if (w == 0) {
                continue;
            }
            f[0] -= w * p.revenue(i);
            for (int j = 0; j < p.factors(); j++) {
                f[j + 1] -= w * p.revenue(i) * p.revenueFactor(i, j) / 2;
            }
        }
        return f;
    }

    /** {@code c(xi).(x + y) = a[0] + sum_j a[j+1] xi_j}. */
    private double[] affineSpend(boolean[] x, boolean[] y) {
        double[] a = new double[p.factors() + 1];
        for (int i = 0; i < p.size(); i++) {
            if (!x[i] && !y[i]) {
                continue;
            }
            a[0] += p.cost(i);
            for (int j = 0; j < p.factors(); j++) {
                a[j + 1] += p.cost(i) * p.costFactor(i, j) / 2;
            }
        }
        return a;
    }

    private LinearExpr costExpr(boolean[] x, boolean[] y, int[] xi) {
        LinearExpr f = new LinearExpr();
        for (int i = 0; i < p.size(); i++) {
            double w = (x[i] ? 1 : 0) + (y[i] ? p.lateFactor() : 0);
            if (w == 0) {
                continue;
            }
            f.addConstant(-w * p.revenue(i));
            for (int j = 0; j < xi.length; j++) {
                f.add(xi[j], -w * p.revenue(i) * p.revenueFactor(i, j) / 2);
            }
        }
        return f;
    }

    private LinearExpr spendExpr(boolean[] x, boolean[] y, int[] xi) {
        LinearExpr s = new LinearExpr();
        for (int i = 0; i < p.size(); i++) {
            if (!x[i] && !y[i]) {
                continue;
            }
            s.addConstant(p.cost(i));
            for (int j = 0; j < xi.length; j++) {
                s.add(xi[j], p.cost(i) * p.costFactor(i, j) / 2);
            }
        }
        return s;
    }

    private static boolean allZero(boolean[] y) {
        for (boolean v : y) {
            if (v) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(List<boolean[]> list, boolean[] y) {
        for (boolean[] k : list) {
            if (java.util.Arrays.equals(k, y)) {
                return true;
            }
        }
        return allZero(y);
    }

    @Override
    public FirstStageSolution toSolution(boolean[] decision) {
        return new FirstStageSolution(decision);
    }

    @Override
    public boolean[] decision(FirstStageSolution solution) {
        return solution.selection();
    }
}
