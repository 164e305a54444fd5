package org.cobalt.milp.heuristics;

import java.util.random.RandomGenerator;
import org.cobalt.milp.bb.spi.HeuristicContext;
import org.cobalt.milp.bb.spi.HeuristicTiming;
import org.cobalt.milp.bb.spi.LpDive;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.lp.LpStatus;

/**
 * The objective feasibility pump (Fischetti, Glover &amp; Lodi 2005; Achterberg &amp; Berthold 2007)
 * at the root when no solution is known. It alternates between rounding the LP point
 * ({@code xr = round(x*)} on the integral columns) and projecting back: the LP is re-solved with
 * the distance to {@code xr} as objective — {@code +1} for a column rounded to its lower bound,
 * {@code -1} at its upper bound, and toward {@code xr} for general integers strictly inside their
 * bounds — blended with the true objective as
 * {@code (1 - alpha) distance + alpha sqrt(|I|)/||c|| c}, {@code alpha} starting at 1 and shrinking
 * by 0.9 per iteration. It stops when the LP point is integral (a solution: the LP keeps every row).
 *
 * <p>Cycles: when a rounding repeats the previous one, the {@code T} columns (T uniform in
 * [10, 30]) with the largest {@code |x* - xr|} are rounded the other way; when it repeats one of
 * the last three, a random restart flips every column with {@code |x* - xr| + max(0, r) > 0.5},
 * {@code r} uniform in [-0.3, 0.7] (both from the paper). With continuous columns, the integral
 * part of the final point is fixed and the LP re-solved with the true objective for the best
 * continuous completion. Works on the engine's LP through an {@link LpDive}.
 */
public final class FeasibilityPump implements PrimalHeuristic {

    private static final int MAX_ITERATIONS = 200;
    private static final double ALPHA_DECAY = 0.9;
    private static final int HISTORY = 3;
    /** Violation (relative) below which a rounded point counts as feasible. */
    private static final double ROUNDED_TOL = 1e-9;
    /** LP iterations allowed: a multiple of the root LP's plus an offset. */
    private static final double ITER_QUOT = 10;
    private static final long ITER_OFFSET = 5000;

    @Override
    public String name() {
        return "fpump";
    }

    @Override
    public HeuristicTiming timing() {
        return HeuristicTiming.rootOnly();
    }

    @Override
    public void run(HeuristicContext ctx) {
        if (ctx.hasIncumbent() || ctx.fractionalColumns().length == 0) {
            return;
        }
        ModelData d = new ModelData(ctx.model());
        int n = d.n;
        double tol = ctx.integralityTolerance();
        RandomGenerator rnd = ctx.random();
        long budget = (long) (ITER_QUOT * Math.max(ctx.nodeLpIterations(), 100)) + ITER_OFFSET;
        double cNorm = 0;
        for (int j = 0; j < n; j++) {
            cNorm += d.cost[j] * d.cost[j];
        }
        cNorm = Math.sqrt(cNorm);
        double objScale = cNorm > 0 ? Math.sqrt(d.numIntegral) / cNorm : 0;
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] x = ctx.lpSolution().clone();
        double[] xr = new double[n];
        double[][] history = new double[HISTORY][];
        double alpha = 1.0;
        int[] order = new int[n];
        double[] key = new double[n];
        try (LpDive dive = ctx.startDive()) {
            for (int j = 0; j < n; j++) {
                lower[j] = dive.lower(j);
                upper[j] = dive.upper(j);
            }
            boolean integral = false;
            for (int it = 0; it < MAX_ITERATIONS && !ctx.shouldStop() && dive.iterations() < budget; it++) {
                roundInto(d, x, lower, upper, xr);
                if (isIntegral(d, x, tol)) {
                    integral = true;
                    break;
                }
                if (d.maxViolation(xr, lower, upper) <= ROUNDED_TOL) {
                    // the rounding itself keeps every row: done without the LP
                    x = xr.clone();
                    integral = true;
                    break;
                }
                if (it > 0 && sameIntegers(d, xr, history[0])) {
                    // cycle of length one: flip the T most fractional roundings
                    int count = 0;
                    for (int j = 0; j < n; j++) {
                        if (d.integral[j]) {
                            double diff = Math.abs(x[j] - xr[j]);
                            if (diff > tol) {
                                order[count] = j;
                                key[count] = -diff;
                                count++;
                            }
                        }
                    }
                    int t = Math.min(10 + rnd.nextInt(21), count);
                    for (int c = 0; c < t; c++) {
                        // selection of the c-th largest distance (t is small)
                        int best = c;
                        for (int q = c + 1; q < count; q++) {
                            if (key[q] < key[best] || (key[q] == key[best] && order[q] < order[best])) {
                                best = q;
                            }
                        }
                        int oi = order[c];
                        order[c] = order[best];
                        order[best] = oi;
                        double ok = key[c];
                        key[c] = key[best];
                        key[best] = ok;
                        flip(order[c], x, xr, lower, upper);
                    }
                } else if (it > 0 && repeats(d, xr, history)) {
                    for (int j = 0; j < n; j++) {
                        if (d.integral[j]) {
                            double r = rnd.nextDouble() - 0.3;
                            if (Math.abs(x[j] - xr[j]) + Math.max(0, r) > 0.5) {
                                flip(j, x, xr, lower, upper);
                            }
                        }
                    }
                }
                System.arraycopy(history, 0, history, 1, HISTORY - 1);
                history[0] = xr.clone();
                // distance objective blended with the true one
                for (int j = 0; j < n; j++) {
                    double dist = 0;
                    if (d.integral[j]) {
                        if (xr[j] <= lower[j]) {
                            dist = 1;
                        } else if (xr[j] >= upper[j]) {
                            dist = -1;
                        } else {
                            dist = x[j] > xr[j] ? 1 : x[j] < xr[j] ? -1 : 0;
                        }
                    }
                    dive.setCost(j, (1 - alpha) * dist + alpha * objScale * d.cost[j]);
                }
                alpha *= ALPHA_DECAY;
                LpStatus st = dive.solve(Math.max(1, budget - dive.iterations()));
                if (st != LpStatus.OPTIMAL) {
                    break;
                }
                x = dive.values();
            }
            if (!integral && !isIntegral(d, x, tol)) {
                return;
            }
            double[] sol = x.clone();
            for (int j = 0; j < n; j++) {
                if (d.integral[j]) {
                    sol[j] = Math.rint(sol[j]);
                }
            }
            if (d.numIntegral < n) {
                // best continuous completion for the integral part found
                for (int j = 0; j < n; j++) {
                    dive.setCost(j, d.cost[j]);
                    if (d.integral[j]) {
                        dive.setBounds(j, sol[j], sol[j]);
                    }
                }
                if (dive.solve(Math.max(1, budget)) == LpStatus.OPTIMAL) {
                    double[] y = dive.values();
                    for (int j = 0; j < n; j++) {
                        if (d.integral[j]) {
                            y[j] = sol[j];
                        }
                    }
                    if (d.objective(y) <= d.objective(sol)) {
                        sol = y;
                    }
                }
            }
            ctx.submit(sol, name());
        }
    }

    private static void roundInto(ModelData d, double[] x, double[] lower, double[] upper, double[] xr) {
        for (int j = 0; j < d.n; j++) {
            xr[j] = d.integral[j] ? Math.max(lower[j], Math.min(upper[j], Math.rint(x[j]))) : x[j];
        }
    }

    private static boolean isIntegral(ModelData d, double[] x, double tol) {
        for (int j = 0; j < d.n; j++) {
            if (d.integral[j] && Math.abs(x[j] - Math.rint(x[j])) > tol) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameIntegers(ModelData d, double[] a, double[] b) {
        if (b == null) {
            return false;
        }
        for (int j = 0; j < d.n; j++) {
            if (d.integral[j] && a[j] != b[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean repeats(ModelData d, double[] xr, double[][] history) {
        for (double[] h : history) {
            if (sameIntegers(d, xr, h)) {
                return true;
            }
        }
        return false;
    }

    /** Rounds column {@code j} the other way (within its bounds). */
    private static void flip(int j, double[] x, double[] xr, double[] lower, double[] upper) {
        double other = x[j] >= xr[j] ? xr[j] + 1 : xr[j] - 1;
        if (other > upper[j]) {
            other = xr[j] - 1;
        }
        if (other < lower[j]) {
            other = xr[j] + 1;
        }
        if (other >= lower[j] && other <= upper[j]) {
            xr[j] = other;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
