package org.cobalt.milp.heuristics;

import java.util.Objects;
import org.cobalt.milp.bb.spi.HeuristicContext;
import org.cobalt.milp.bb.spi.HeuristicTiming;
import org.cobalt.milp.bb.spi.LpDive;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.lp.Checkpoint;
import org.cobalt.milp.lp.LpStatus;

/**
 * LP diving: from the node's LP solution, repeatedly round one fractional column (a bound change
 * chosen by a {@link DiveRule}) and re-solve the LP warm, until the LP solution is integral, the LP
 * is infeasible or too expensive, or the objective passes the incumbent's cutoff. After an
 * infeasible LP the last rounding is reversed once (one level of backtracking, as in SCIP), from the
 * LP state checkpointed before it. Every
 * LP point on the way is also offered to {@link ZiRounder}. Runs on the engine's LP through an
 * {@link LpDive}, which restores the node's LP state when closed.
 *
 * <p>Budget: the LP iterations of all dives of one heuristic in a solve stay below
 * {@code 5% of the node LP iterations + 1000} (SCIP's {@code maxlpiterquot}/{@code maxlpiterofs});
 * a dive also stops when its LP bound passes {@code bound + 0.8 (cutoff - bound)}.
 */
public final class DivingHeuristic implements PrimalHeuristic {

    private static final double ITER_QUOT = 0.05;
    private static final long ITER_OFFSET = 1000;
    private static final double CUTOFF_QUOT = 0.8;

    private final DiveRule rule;
    private final HeuristicTiming timing;

    private ModelData data;
    private ZiRounder rounder;
    private long usedIterations;

    private DivingHeuristic(DiveRule rule, HeuristicTiming timing) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.timing = Objects.requireNonNull(timing, "timing");
    }

    /** Fractional diving ({@code fracdiving}): at the root and every 10th node from node 3. */
    public static DivingHeuristic fractional() {
        return new DivingHeuristic(DiveRule.FRACTIONAL, new HeuristicTiming(true, 10, 3, -1));
    }

    /** Coefficient (lock) diving ({@code coefdiving}): at the root and every 10th node from node 1. */
    public static DivingHeuristic coefficient() {
        return new DivingHeuristic(DiveRule.COEFFICIENT, new HeuristicTiming(true, 10, 1, -1));
    }

    /** Pseudocost diving ({@code pscostdiving}): every 10th node from node 2 (no pseudocosts at the root). */
    public static DivingHeuristic pseudocost() {
        return new DivingHeuristic(DiveRule.PSEUDOCOST, new HeuristicTiming(false, 10, 2, -1));
    }

    /** Guided diving ({@code guideddiving}), needs an incumbent: every 10th node from node 7. */
    public static DivingHeuristic guided() {
        return new DivingHeuristic(DiveRule.GUIDED, new HeuristicTiming(false, 10, 7, -1));
    }

    @Override
    public String name() {
        return rule.name() + "diving";
    }

    @Override
    public HeuristicTiming timing() {
        return timing;
    }

    @Override
    public PrimalHeuristic forSolve() {
        return new DivingHeuristic(rule, timing);
    }

    @Override
    public void run(HeuristicContext ctx) {
        int[] frac0 = ctx.fractionalColumns();
        if (frac0.length == 0 || (rule.needsIncumbent() && !ctx.hasIncumbent())) {
            return;
        }
        long budget = (long) (ITER_QUOT * ctx.nodeLpIterations()) + ITER_OFFSET - usedIterations;
        if (budget < 100) {
            return;
        }
        if (data == null || data.model != ctx.model()) {
            data = new ModelData(ctx.model());
            rounder = new ZiRounder(data);
        }
        int n = data.n;
        double tol = ctx.integralityTolerance();
        double[] incumbent = rule.needsIncumbent() ? ctx.incumbent() : null;
        double nodeBound = ctx.lpObjective();
        double cutoff = ctx.cutoffBound();
        double abortAt = Double.isFinite(cutoff) ? nodeBound + CUTOFF_QUOT * (cutoff - nodeBound)
                : Double.POSITIVE_INFINITY;
        double[] lower = new double[n];
        double[] upper = new double[n];
        int[] cand = new int[n];
        boolean[] up = new boolean[1];
        double[] x = ctx.lpSolution().clone();
        try (LpDive dive = ctx.startDive()) {
            dive.setObjectiveCutoff(cutoff);
            for (int j = 0; j < n; j++) {
                lower[j] = dive.lower(j);
                upper[j] = dive.upper(j);
            }
            for (int depth = 0; depth <= data.numIntegral; depth++) {
                if (ctx.shouldStop() || dive.iterations() >= budget) {
                    break;
                }
                int count = 0;
                for (int j = 0; j < n; j++) {
                    if (data.integral[j]) {
                        double f = x[j] - Math.floor(x[j]);
                        if (f > tol && f < 1 - tol) {
                            cand[count++] = j;
                        }
                    }
                }
                if (count == 0) {
                    submitRounded(ctx, x, cutoff);
                    break;
                }
                double[] rounded = rounder.round(x, lower, upper, tol);
                if (rounded != null && data.objective(rounded) < cutoff) {
                    ctx.submit(rounded.clone(), name());
                    cutoff = ctx.cutoffBound();
                    dive.setObjectiveCutoff(cutoff);
                }
                int pick = rule.select(data, x, cand, count, incumbent, ctx.pseudocosts(), up);
                if (pick < 0) {
                    break;
                }
                int j = cand[pick];
                double oldLo = lower[j];
                double oldUp = upper[j];
                Checkpoint before = dive.checkpoint();
                LpStatus st = branch(dive, j, x[j], up[0], lower, upper, budget);
                if (st == LpStatus.INFEASIBLE || st == LpStatus.CUTOFF) {
                    // one level of backtracking: the other direction, from the basis before the rounding
                    lower[j] = oldLo;
                    upper[j] = oldUp;
                    dive.setBounds(j, oldLo, oldUp);
                    dive.restore(before);
                    st = branch(dive, j, x[j], !up[0], lower, upper, budget);
                }
                if (st != LpStatus.OPTIMAL || dive.objective() >= abortAt) {
                    break;
                }
                x = dive.values();
            }
            usedIterations += dive.iterations();
        }
    }

    private static LpStatus branch(LpDive dive, int j, double value, boolean up, double[] lower, double[] upper,
                                   long budget) {
        if (up) {
            lower[j] = Math.min(upper[j], Math.ceil(value));
        } else {
            upper[j] = Math.max(lower[j], Math.floor(value));
        }
        dive.setBounds(j, lower[j], upper[j]);
        long left = budget - dive.iterations();
        if (left <= 0) {
            return LpStatus.ITERATION_LIMIT;
        }
        return dive.solve(left);
    }

    private void submitRounded(HeuristicContext ctx, double[] x, double cutoff) {
        double[] sol = x.clone();
        for (int j = 0; j < sol.length; j++) {
            if (data.integral[j]) {
                sol[j] = Math.rint(sol[j]);
            }
        }
        if (data.objective(sol) < cutoff) {
            ctx.submit(sol, name());
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
