package org.cobalt.milp.lp;

import java.util.Arrays;

/**
 * Iterations of the bounded dual simplex method on a dual feasible basis (Koberstein 2005, ch. 3
 * and 6): dual steepest-edge pricing of the leaving row, the bound-flipping ("long-step") ratio
 * test with Harris' tolerance, cost shifting where the Harris step would go backwards, and the
 * Forrest–Goldfarb update of the steepest-edge weights. Runs until the basis is primal feasible,
 * the dual is unbounded (the LP is infeasible; the proving row is kept for the Farkas
 * certificate), a limit is reached, or the objective cutoff is proven.
 */
final class DualPhase {

    /** How a run ended. */
    enum Outcome { OPTIMAL, INFEASIBLE, CUTOFF, ITERATION_LIMIT, TIME_LIMIT, STOPPED, NUMERICAL }

    /** Proves that the optimum exceeds the cutoff with the true costs (the working ones are perturbed). */
    interface CutoffProver {
        /** A valid lower bound on the internal (minimization) optimum for the current basis. */
        double validBound();
    }

    /** Consecutive degenerate iterations after which the costs get perturbed. */
    private static final int DEGENERACY_TRIGGER = 30;

    private final SimplexState s;
    private final Perturbation perturbation;

    private int[] candidate = new int[0];
    private double[] candidateRatio = new double[0];
    private double[] candidateHarris = new double[0];
    private int[] flipped = new int[0];

    /** Row-indexed Farkas multipliers of the last INFEASIBLE outcome (scaled space). */
    double[] farkas;

    DualPhase(SimplexState state, Perturbation perturbation) {
        this.s = state;
        this.perturbation = perturbation;
    }

    private void ensureCapacity() {
        if (candidate.length < s.total) {
            candidate = new int[s.total];
            candidateRatio = new double[s.total];
            candidateHarris = new double[s.total];
            flipped = new int[s.total];
        }
    }

    /**
     * Runs dual simplex iterations.
     *
     * @param limits        iteration/time/stop limits
     * @param cutoff        internal (minimization) objective value above which to stop, or +infinity
     * @param prover        computes a valid bound once the working objective passes the cutoff
     * @param allowPerturb  whether to perturb costs when the iterations stall on degeneracy
     */
    Outcome run(SolveLimits limits, double cutoff, CutoffProver prover, boolean allowPerturb) {
        ensureCapacity();
        final LpSettings set = s.settings;
        final double tolP = set.primalFeasibilityTolerance();
        final double tolD = set.dualFeasibilityTolerance();
        final double tolPivot = set.pivotTolerance();
        final int m = s.m;
        double[] rho = s.work1;
        double[] column = s.work2;
        double[] tau = s.work3;
        double[] flip = s.work4;
        double[] alpha = s.alphaRow;
        int degenerate = 0;
        int freshRetries = 0;
        long nextCutoffCheck = Long.MIN_VALUE;
        if (cutoff < Double.POSITIVE_INFINITY && s.objective() > cutoff && prover.validBound() > cutoff) {
            return Outcome.CUTOFF;
        }
        while (true) {
            LpStatus limit = limits.check(s.iterations);
            if (limit != null) {
                return limit == LpStatus.ITERATION_LIMIT ? Outcome.ITERATION_LIMIT
                        : limit == LpStatus.TIME_LIMIT ? Outcome.TIME_LIMIT : Outcome.STOPPED;
            }
            if (s.factor.refactorDue() || !s.factor.isValid()) {
                if (!refresh(tolD)) {
                    return Outcome.NUMERICAL;
                }
            }

            // pricing: the primal infeasible basic variable of largest infeasibility^2 / weight
            int r = -1;
            double best = 0.0;
            double[] x = s.x;
            double[] lower = s.lower;
            double[] upper = s.upper;
            int[] basicIndex = s.basicIndex;
            double[] weight = s.dseWeight;
            for (int p = 0; p < m; p++) {
                int j = basicIndex[p];
                double v = x[j];
                double inf;
                if (v < lower[j] - tolP) {
                    inf = lower[j] - v;
                } else if (v > upper[j] + tolP) {
                    inf = v - upper[j];
                } else {
                    continue;
                }
                double score = inf * inf / weight[p];
                if (score > best) {
                    best = score;
                    r = p;
                }
            }
            if (r < 0) {
                return Outcome.OPTIMAL;
            }
            int leaving = basicIndex[r];
            boolean toLower = x[leaving] < lower[leaving];
            double direction = toLower ? 1.0 : -1.0;

            Arrays.fill(rho, 0, m, 0.0);
            rho[r] = 1.0;
            s.factor.btran(rho);
            double rowNorm = 0.0;
            for (int i = 0; i < m; i++) {
                rowNorm += rho[i] * rho[i];
            }
            weight[r] = rowNorm;
            s.pivotRow(rho, alpha);

            // bound-flipping ratio test with Harris tolerance
            double slope = toLower ? lower[leaving] - x[leaving] : x[leaving] - upper[leaving];
            byte[] status = s.status;
            double[] dj = s.d;
            int[] support = s.alphaIndex;
            int supportCount = s.alphaCount;
            int count = 0;
            for (int t = 0; t < supportCount; t++) {
                int j = support[t];
                if (lower[j] == upper[j]) {
                    continue;
                }
                byte st = status[j];
                double a = direction * alpha[j];
                if (st == SimplexState.AT_LOWER || (st == SimplexState.AT_ZERO && a < 0)) {
                    if (a < -tolPivot) {
                        candidate[count] = j;
                        candidateRatio[count] = dj[j] / -a;
                        candidateHarris[count] = (dj[j] + tolD) / -a;
                        count++;
                    }
                } else if (a > tolPivot) {
                    candidate[count] = j;
                    candidateRatio[count] = -dj[j] / a;
                    candidateHarris[count] = (tolD - dj[j]) / a;
                    count++;
                }
            }
            int entering = -1;
            int flipCount = 0;
            if (count > 0) {
                entering = firstGroup(count, slope, alpha, lower, upper);
                if (entering == -2) {
                    return Outcome.NUMERICAL;
                }
                if (entering < 0) {
                    flipCount = longStep(count, slope, alpha, lower, upper);
                    entering = longStepEntering;
                    slope = longStepSlope;
                }
            }
            if (entering < 0) {
                if (flipCount == 0 || slope > tolP) {
                    farkas = new double[m];
                    for (int i = 0; i < m; i++) {
                        farkas[i] = -direction * rho[i];
                    }
                    return Outcome.INFEASIBLE;
                }
                // the flips alone (nearly) remove the infeasibility: take the last flipped column in
                entering = flipped[--flipCount];
            }

            s.loadColumn(entering, column);
            s.factor.ftran(column);
            double pivot = column[r];
            double rowPivot = alpha[entering];
            if (Math.abs(pivot - rowPivot) > 1e-8 * (1.0 + Math.abs(pivot)) || Math.abs(pivot) < tolPivot) {
                if (s.factor.updates() > 0 && freshRetries < 3) {
                    freshRetries++;
                    if (!refresh(tolD)) {
                        return Outcome.NUMERICAL;
                    }
                    continue;
                }
                if (Math.abs(pivot) < tolPivot * 1e-3) {
                    return Outcome.NUMERICAL;
                }
            }
            freshRetries = 0;

            // dual step; a Harris step that would go backwards is made zero by shifting the cost
            double dq = dj[entering];
            double t = -dq / (direction * rowPivot);
            if (t < 0.0) {
                s.costsModified = true;
                s.cost[entering] -= dq;
                dq = 0.0;
                dj[entering] = 0.0;
            }
            double thetaD = dq / rowPivot;
            if (thetaD != 0.0) {
                for (int t2 = 0; t2 < supportCount; t2++) {
                    int j = support[t2];
                    dj[j] -= thetaD * alpha[j];
                }
                degenerate = 0;
            } else {
                degenerate++;
            }
            dj[entering] = 0.0;
            dj[leaving] = -thetaD;

            // bound flips: x_B -= B^-1 (sum of a_j * delta_j)
            if (flipCount > 0) {
                Arrays.fill(flip, 0, m, 0.0);
                for (int k = 0; k < flipCount; k++) {
                    int j = flipped[k];
                    double delta;
                    if (status[j] == SimplexState.AT_LOWER) {
                        delta = upper[j] - lower[j];
                        status[j] = SimplexState.AT_UPPER;
                        x[j] = upper[j];
                    } else {
                        delta = lower[j] - upper[j];
                        status[j] = SimplexState.AT_LOWER;
                        x[j] = lower[j];
                    }
                    s.addColumn(j, delta, flip);
                }
                s.factor.ftran(flip);
                for (int p = 0; p < m; p++) {
                    double f = flip[p];
                    if (f != 0.0) {
                        x[basicIndex[p]] -= f;
                    }
                }
            }

            // primal step
            double target = toLower ? lower[leaving] : upper[leaving];
            double thetaP = (x[leaving] - target) / pivot;
            if (thetaP != 0.0) {
                for (int p = 0; p < m; p++) {
                    double c = column[p];
                    if (c != 0.0) {
                        x[basicIndex[p]] -= thetaP * c;
                    }
                }
            }
            x[entering] += thetaP;
            x[leaving] = target;

            // dual steepest-edge weights (needs tau = B^-1 rho on the old basis)
            System.arraycopy(rho, 0, tau, 0, m);
            s.factor.ftran(tau);
            double wr = weight[r];
            for (int p = 0; p < m; p++) {
                double c = column[p];
                if (p != r && c != 0.0) {
                    double ratio = c / pivot;
                    double w = weight[p] + ratio * (ratio * wr - 2.0 * tau[p]);
                    weight[p] = Math.max(w, 1e-4);
                }
            }
            weight[r] = Math.max(wr / (pivot * pivot), 1e-4);

            // basis change
            s.factor.update(column, r);
            status[leaving] = toLower ? SimplexState.AT_LOWER : SimplexState.AT_UPPER;
            s.position[leaving] = -1;
            status[entering] = SimplexState.BASIC;
            s.position[entering] = r;
            basicIndex[r] = entering;
            s.iterations++;

            if (allowPerturb && degenerate >= DEGENERACY_TRIGGER && !perturbation.active()) {
                perturbation.perturbNonbasic(s);
            }
            if (cutoff < Double.POSITIVE_INFINITY && s.iterations >= nextCutoffCheck) {
                if (s.objective() > cutoff) {
                    if (prover.validBound() > cutoff) {
                        return Outcome.CUTOFF;
                    }
                    nextCutoffCheck = s.iterations + 10;
                }
            }
        }
    }

    private int longStepEntering;
    private double longStepSlope;
    private double[] sortKey = new double[0];
    private int[] order = new int[0];
    private double[] suffixHarris = new double[0];

    /**
     * The usual case of the bound-flipping ratio test: the first group of breakpoints (those within
     * the smallest Harris bound) already turns the slope negative. Returns the entering column (the
     * largest {@code |alpha|} in the group), -1 when the slope survives the group, -2 on NaN.
     */
    private int firstGroup(int count, double slope, double[] alpha, double[] lower, double[] upper) {
        double thetaMax = Double.POSITIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            thetaMax = Math.min(thetaMax, candidateHarris[k]);
        }
        double drop = 0.0;
        int bestK = -1;
        double bestAbs = 0.0;
        for (int k = 0; k < count; k++) {
            if (candidateRatio[k] <= thetaMax) {
                int j = candidate[k];
                double a = Math.abs(alpha[j]);
                drop += a * (upper[j] - lower[j]);
                if (a > bestAbs) {
                    bestAbs = a;
                    bestK = k;
                }
            }
        }
        if (bestK < 0) {
            return -2;
        }
        return !(slope - drop >= 0.0) ? candidate[bestK] : -1;
    }

    /**
     * The long step: with breakpoints sorted by ratio, each group is a prefix of the rest (all up
     * to the smallest remaining Harris bound); flip whole groups while the slope stays
     * non-negative. Leaves the entering column (or -1 when every breakpoint flips) in
     * {@link #longStepEntering} and the remaining slope in {@link #longStepSlope}; returns the
     * number of flipped columns written to {@link #flipped}.
     */
    private int longStep(int count, double slope, double[] alpha, double[] lower, double[] upper) {
        if (order.length < count) {
            int cap = Math.max(count, 2 * order.length);
            order = new int[cap];
            sortKey = new double[cap];
            suffixHarris = new double[cap + 1];
        }
        for (int k = 0; k < count; k++) {
            order[k] = k;
            sortKey[k] = candidateRatio[k];
        }
        PrimitiveSort.byKey(sortKey, order, count);
        suffixHarris[count] = Double.POSITIVE_INFINITY;
        for (int t = count - 1; t >= 0; t--) {
            suffixHarris[t] = Math.min(suffixHarris[t + 1], candidateHarris[order[t]]);
        }
        int flips = 0;
        int start = 0;
        longStepEntering = -1;
        while (start < count) {
            double thetaMax = suffixHarris[start];
            int end = start;
            double drop = 0.0;
            int best = -1;
            double bestAbs = -1.0;
            while (end < count && sortKey[end] <= thetaMax) {
                int j = candidate[order[end]];
                double a = Math.abs(alpha[j]);
                drop += a * (upper[j] - lower[j]);
                if (a > bestAbs) {
                    bestAbs = a;
                    best = j;
                }
                end++;
            }
            if (end == start) {
                // NaN keys; take the next breakpoint alone
                best = candidate[order[start]];
                end = start + 1;
                drop = Double.POSITIVE_INFINITY;
            }
            if (!(slope - drop >= 0.0)) {
                longStepEntering = best;
                break;
            }
            slope -= drop;
            for (int t = start; t < end; t++) {
                flipped[flips++] = candidate[order[t]];
            }
            start = end;
        }
        longStepSlope = slope;
        return flips;
    }

    /** Refactors and recomputes primal and dual values, keeping the dual feasible. */
    private boolean refresh(double tolD) {
        if (!s.refactor()) {
            return false;
        }
        s.computeDual();
        s.flipBoxedToDualFeasible(tolD);
        s.shiftDualInfeasible(tolD);
        s.computePrimal();
        return true;
    }
}
