package org.cobalt.robust.model;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.instances.robust.FirstStageSolution;
import org.cobalt.instances.robust.RobustKnapsackProblem;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.LinearExpr;
import org.cobalt.robust.milp.MilpSolve;

/**
 * {@link RobustKnapsackProblem} in minimization form: {@code F = -profit}, i.e.
 * <pre>
 *   F(x, xi, y, r) = sum_i (f_i - pbar_i) x_i + sum_i (phat_i xi_i - f_i) y_i - sum_i phat_i xi_i r_i
 * </pre>
 * with {@code r <= y <= x} and {@code c.y + t.r <= C}. Only the objective is uncertain, so the
 * exact worst case comes from {@link ObjectiveUncertaintyEvaluator}; the recourse is a
 * multiple-choice knapsack (leave out, pack, pack and repair) solved by a capacity-indexed
 * dynamic program when weights are integers (all public instances) and by the MILP engine
 * otherwise.
 */
public final class RobustKnapsackModel implements TwoStageModel {

    private final RobustKnapsackProblem p;
    private final MilpSolve engines;
    private final UncertaintySet set;

    public RobustKnapsackModel(RobustKnapsackProblem problem, MilpSolve engines) {
        this.p = problem;
        this.engines = engines;
        this.set = UncertaintySet.budgeted(problem.size(), problem.gamma());
    }

    @Override
    public RobustKnapsackProblem problem() {
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
        return new double[p.size()];
    }

    @Override
    public int[] addFirstStage(MilpModel.Builder b) {
        int[] x = new int[p.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = b.addBinary("x_" + i, 0);
        }
        return x;
    }

    /** Recourse layout: {@code y_0..y_{n-1}, r_0..r_{n-1}}. */
    @Override
    public int[] addRecourse(MilpModel.Builder b, int[] x, String tag) {
        int n = p.size();
        int[] yr = new int[2 * n];
        LinearExpr cap = new LinearExpr();
        for (int i = 0; i < n; i++) {
            yr[i] = b.addBinary("y_" + tag + "_" + i, 0);
            yr[n + i] = b.addBinary("r_" + tag + "_" + i, 0);
            new LinearExpr().add(yr[i], 1).add(x[i], -1).addLe(b, "yx_" + tag + "_" + i, 0);
            new LinearExpr().add(yr[n + i], 1).add(yr[i], -1).addLe(b, "ry_" + tag + "_" + i, 0);
            cap.add(yr[i], p.weight(i)).add(yr[n + i], p.repairWeight(i));
        }
        cap.addLe(b, "cap_" + tag, p.capacity());
        return yr;
    }

    @Override
    public LinearExpr linkScenario(MilpModel.Builder b, int[] x, int[] y, double[] xi, int indicator, String tag) {
        int n = p.size();
        LinearExpr f = new LinearExpr();
        for (int i = 0; i < n; i++) {
            f.add(x[i], p.outsourcingCost(i) - p.nominalProfit(i));
            f.add(y[i], p.degradation(i) * xi[i] - p.outsourcingCost(i));
            f.add(y[n + i], -p.degradation(i) * xi[i]);
        }
        return f;
    }

    /** Repairing an item whose profit is not degraded only uses capacity, so such repairs are fixed to 0. */
    @Override
    public ScenarioCopy addScenarioCopy(MilpModel.Builder b, int[] x, double[] xi, String tag) {
        int[] y = addRecourse(b, x, tag);
        int n = p.size();
        for (int i = 0; i < n; i++) {
            if (xi[i] == 0 || p.degradation(i) == 0) {
                b.setBounds(y[n + i], 0, 0);
            }
        }
        return new ScenarioCopy(y, linkScenario(b, x, y, xi, -1, tag));
    }

    @Override
    public double[] recourseValues(boolean[] decision, double[] xi) {
        int n = p.size();
        boolean[] y = new boolean[n];
        boolean[] r = new boolean[n];
        solveRecourse(decision, xi, y, r);
        double[] v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            v[i] = y[i] ? 1 : 0;
            v[n + i] = r[i] ? 1 : 0;
        }
        return v;
    }

    private void solveRecourse(boolean[] x, double[] xi, boolean[] y, boolean[] r) {
        if (p.hasIntegerWeights() && p.capacity() <= 50_000_000) {
            dynamicProgram(x, xi, y, r);
        } else {
            milp(x, xi, y, r);
        }
    }

    @Override
    public Evaluation evaluate(boolean[] decision, Deadline deadline) {
        return new ObjectiveUncertaintyEvaluator(set, this::recourse, engines, 1e-9)
                .evaluate(decision, nominalScenario(), deadline);
    }

    @Override
    public boolean isFeasible(boolean[] decision) {
        return decision.length == p.size();
    }

    @Override
    public double scenarioCost(boolean[] decision, double[] xi) {
        return recourse(decision, xi).value();
    }

    @Override
    public FirstStageSolution toSolution(boolean[] decision) {
        return new FirstStageSolution(decision);
    }

    @Override
    public boolean[] decision(FirstStageSolution solution) {
        return solution.selection();
    }

    /** The best recourse (pack, repair, outsource) for produced items {@code x} under {@code xi}. */
    public AffineCost recourse(boolean[] x, double[] xi) {
        int n = p.size();
        boolean[] y = new boolean[n];
        boolean[] r = new boolean[n];
        solveRecourse(x, xi, y, r);
        double constant = 0;
        double[] slope = new double[n];
        for (int i = 0; i < n; i++) {
            if (!x[i]) {
                continue;
            }
            constant += p.outsourcingCost(i) - p.nominalProfit(i);
            if (y[i]) {
                constant -= p.outsourcingCost(i);
                if (!r[i]) {
                    slope[i] = p.degradation(i);
                }
            }
        }
        double value = constant;
        for (int i = 0; i < n; i++) {
            value += slope[i] * xi[i];
        }
        return new AffineCost(value, constant, slope);
    }

    /**
     * Multiple-choice knapsack by dynamic programming over integer capacity. Packing saves
     * {@code f - phat xi} (weight {@code c}), packing and repairing saves {@code f}
     * (weight {@code c + t}); we maximize the saving.
     */
    private void dynamicProgram(boolean[] x, double[] xi, boolean[] y, boolean[] r) {
        int n = p.size();
        int cap = (int) p.capacity();
        double[] best = new double[cap + 1];
        byte[][] choice = new byte[n][];
        for (int i = 0; i < n; i++) {
            if (!x[i]) {
                continue;
            }
            int w1 = (int) p.weight(i);
            int w2 = (int) (p.weight(i) + p.repairWeight(i));
            double g1 = p.outsourcingCost(i) - p.degradation(i) * xi[i];
            double g2 = p.outsourcingCost(i);
            if (w1 > cap || (g1 <= 0 && (g2 <= 0 || w2 > cap))) {
                continue;
            }
            byte[] ch = new byte[cap + 1];
            for (int c = cap; c >= 0; c--) {
                double b0 = best[c];
                double v = b0;
                byte pick = 0;
                if (c >= w1 && g1 > 0) {
                    double cand = best[c - w1] + g1;
                    if (cand > v) {
                        v = cand;
                        pick = 1;
                    }
                }
                if (c >= w2 && g2 > 0) {
                    double cand = best[c - w2] + g2;
                    if (cand > v) {
                        v = cand;
                        pick = 2;
                    }
                }
                best[c] = v;
                ch[c] = pick;
            }
            choice[i] = ch;
        }
        int c = cap;
        for (int i = n - 1; i >= 0; i--) {
            if (choice[i] == null) {
                continue;
            }
            byte pick = choice[i][c];
            if (pick == 1) {
                y[i] = true;
                c -= (int) p.weight(i);
            } else if (pick == 2) {
                y[i] = true;
                r[i] = true;
                c -= (int) (p.weight(i) + p.repairWeight(i));
            }
        }
    }

    private void milp(boolean[] x, double[] xi, boolean[] y, boolean[] r) {
        int n = p.size();
        MilpModel.Builder b = MilpModel.builder("kp-recourse").sense(ObjectiveSense.MINIMIZE);
        int[] xv = new int[n];
        for (int i = 0; i < n; i++) {
            xv[i] = b.addVariable("x_" + i, x[i] ? 1 : 0, x[i] ? 1 : 0, org.cobalt.core.milp.VarType.CONTINUOUS, 0);
        }
        int[] yr = addRecourse(b, xv, "s");
        LinearExpr f = linkScenario(b, xv, yr, xi, -1, "s");
        f.setAsObjective(b);
        MilpSolve.Outcome o = engines.require(b.build(), Double.POSITIVE_INFINITY, 0, "knapsack recourse");
        for (int i = 0; i < n; i++) {
            y[i] = o.values()[yr[i]] > 0.5;
            r[i] = o.values()[yr[n + i]] > 0.5;
        }
    }
}
