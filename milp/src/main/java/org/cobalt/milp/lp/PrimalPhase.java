package org.cobalt.milp.lp;

import java.util.Arrays;

/**
 * Iterations of the bounded primal simplex method on a primal feasible basis: devex pricing
 * (Forrest and Goldfarb's reference framework), Harris' two-pass ratio test with bound flips of
 * the entering column. The engine uses it where the dual simplex does not apply: to clean up
 * after the perturbation is removed, to finish when the dual is infeasible but the primal is not,
 * and to find the improving ray of an unbounded LP.
 */
final class PrimalPhase {

    /** How a run ended. */
    enum Outcome { OPTIMAL, UNBOUNDED, ITERATION_LIMIT, TIME_LIMIT, STOPPED, NUMERICAL }

    private final SimplexState s;
    private double[] devex = new double[0];

    /** Scaled direction of the last UNBOUNDED outcome, over all columns. */
    double[] ray;

    PrimalPhase(SimplexState state) {
        this.s = state;
    }

    Outcome run(SolveLimits limits) {
        final LpSettings set = s.settings;
        final double tolP = set.primalFeasibilityTolerance();
        final double tolD = set.dualFeasibilityTolerance();
        final double tolPivot = set.pivotTolerance();
        final int m = s.m;
        final int total = s.total;
        if (devex.length < total) {
            devex = new double[total];
        }
        Arrays.fill(devex, 0, total, 1.0);
        double[] column = s.work2;
        double[] rho = s.work1;
        double[] alpha = s.alphaRow;
        int freshRetries = 0;
        while (true) {
            LpStatus limit = limits.check(s.iterations);
            if (limit != null) {
                return limit == LpStatus.ITERATION_LIMIT ? Outcome.ITERATION_LIMIT
                        : limit == LpStatus.TIME_LIMIT ? Outcome.TIME_LIMIT : Outcome.STOPPED;
            }
            if (s.factor.refactorDue() || !s.factor.isValid()) {
                if (!refresh()) {
                    return Outcome.NUMERICAL;
                }
            }
            byte[] status = s.status;
            double[] d = s.d;
            double[] x = s.x;
            double[] lower = s.lower;
            double[] upper = s.upper;
            int[] basicIndex = s.basicIndex;

            // pricing
            int q = -1;
            double best = 0.0;
            for (int j = 0; j < total; j++) {
                byte st = status[j];
                if (st == SimplexState.BASIC || lower[j] == upper[j]) {
                    continue;
                }
                double dj = d[j];
                boolean improving = st == SimplexState.AT_LOWER ? dj < -tolD
                        : st == SimplexState.AT_UPPER ? dj > tolD : Math.abs(dj) > tolD;
                if (improving) {
                    double score = dj * dj / devex[j];
                    if (score > best) {
                        best = score;
                        q = j;
                    }
                }
            }
            if (q < 0) {
                return Outcome.OPTIMAL;
            }
            double dir = d[q] < 0 ? 1.0 : -1.0;
            s.loadColumn(q, column);
            s.factor.ftran(column);

            // Harris pass 1: largest step keeping every basic variable within bounds + tolerance
            double thetaMax = Double.POSITIVE_INFINITY;
            for (int p = 0; p < m; p++) {
                double a = dir * column[p];
                if (a > tolPivot) {
                    int j = basicIndex[p];
                    if (lower[j] > Double.NEGATIVE_INFINITY) {
                        thetaMax = Math.min(thetaMax, (x[j] - lower[j] + tolP) / a);
                    }
                } else if (a < -tolPivot) {
                    int j = basicIndex[p];
                    if (upper[j] < Double.POSITIVE_INFINITY) {
                        thetaMax = Math.min(thetaMax, (upper[j] - x[j] + tolP) / -a);
                    }
                }
            }
            double range = upper[q] - lower[q];
            if (thetaMax == Double.POSITIVE_INFINITY && range == Double.POSITIVE_INFINITY) {
                ray = new double[total];
                ray[q] = dir;
                for (int p = 0; p < m; p++) {
                    ray[basicIndex[p]] = -dir * column[p];
                }
                return Outcome.UNBOUNDED;
            }
            // pass 2: among rows within the Harris step, the largest pivot
            int r = -1;
            double bestAbs = 0.0;
            double step = 0.0;
            boolean toLower = false;
            for (int p = 0; p < m; p++) {
                double a = dir * column[p];
                int j = basicIndex[p];
                double ratio;
                boolean hitsLower;
                if (a > tolPivot && lower[j] > Double.NEGATIVE_INFINITY) {
                    ratio = (x[j] - lower[j]) / a;
                    hitsLower = true;
                } else if (a < -tolPivot && upper[j] < Double.POSITIVE_INFINITY) {
                    ratio = (upper[j] - x[j]) / -a;
                    hitsLower = false;
                } else {
                    continue;
                }
                if (ratio <= thetaMax && Math.abs(a) > bestAbs) {
                    bestAbs = Math.abs(a);
                    r = p;
                    step = Math.max(ratio, 0.0);
                    toLower = hitsLower;
                }
            }
            if (range <= thetaMax && (r < 0 || range <= step)) {
                // the entering column reaches its other bound first: flip, no basis change
                double delta = dir * range;
                if (status[q] == SimplexState.AT_LOWER) {
                    status[q] = SimplexState.AT_UPPER;
                    x[q] = upper[q];
                } else {
                    status[q] = SimplexState.AT_LOWER;
                    x[q] = lower[q];
                }
                for (int p = 0; p < m; p++) {
                    double c = column[p];
                    if (c != 0.0) {
                        x[basicIndex[p]] -= delta * c;
                    }
                }
                s.iterations++;
                continue;
            }
            if (r < 0) {
                return Outcome.NUMERICAL;
            }
            int leaving = basicIndex[r];
            double pivot = column[r];

            // pivot row for the reduced cost and devex updates
            Arrays.fill(rho, 0, m, 0.0);
            rho[r] = 1.0;
            s.factor.btran(rho);
            s.pivotRow(rho, alpha);
            double rowPivot = alpha[q];
            if (Math.abs(rowPivot - pivot) > 1e-8 * (1.0 + Math.abs(pivot))) {
                if (s.factor.updates() > 0 && freshRetries < 3) {
                    freshRetries++;
                    if (!refresh()) {
                        return Outcome.NUMERICAL;
                    }
                    continue;
                }
            }
            freshRetries = 0;

            // primal update
            double theta = dir * step;
            if (theta != 0.0) {
                for (int p = 0; p < m; p++) {
                    double c = column[p];
                    if (c != 0.0) {
                        x[basicIndex[p]] -= theta * c;
                    }
                }
            }
            x[q] += theta;
            x[leaving] = toLower ? lower[leaving] : upper[leaving];

            // dual update and devex weights
            double thetaD = d[q] / rowPivot;
            double wq = devex[q];
            int[] support = s.alphaIndex;
            for (int t = 0, count = s.alphaCount; t < count; t++) {
                int j = support[t];
                double a = alpha[j];
                d[j] -= thetaD * a;
                double ratio = a / rowPivot;
                devex[j] = Math.max(devex[j], ratio * ratio * wq);
            }
            d[q] = 0.0;
            d[leaving] = -thetaD;
            devex[leaving] = Math.max(wq / (rowPivot * rowPivot), 1.0);

            s.factor.update(column, r);
            status[leaving] = toLower ? SimplexState.AT_LOWER : SimplexState.AT_UPPER;
            s.position[leaving] = -1;
            status[q] = SimplexState.BASIC;
            s.position[q] = r;
            basicIndex[r] = q;
            s.iterations++;
            // the steepest-edge weights of the dual are stale after primal pivots; the dual phase
            // treats them as approximations, so reset the one that changed most
            s.dseWeight[r] = 1.0;
        }
    }

    private boolean refresh() {
        if (!s.refactor()) {
            return false;
        }
        s.computePrimal();
        s.computeDual();
        return true;
    }
}
