package org.cobalt.milp.lp;

import java.util.Arrays;

/**
 * Everything the primal and dual simplex iterations share: working bounds and costs, the basis
 * (heading, statuses and factorization), primal values, reduced costs, duals and dual
 * steepest-edge weights, all in the scaled space of {@link LpData}. Package-private plumbing of
 * {@link DualSimplex}; fields are accessed directly from the phase classes for speed.
 */
final class SimplexState {

    static final byte BASIC = 0;
    static final byte AT_LOWER = 1;
    static final byte AT_UPPER = 2;
    static final byte AT_ZERO = 3;

    final LpSettings settings;
    final LpData data;
    final BasisFactorization factor;

    int n;
    int m;
    int total;

    /** Working bounds: the model's, or the auxiliary boxes of dual phase 1. */
    double[] lower;
    double[] upper;
    /** Working costs: the model's plus perturbation and shifts. */
    double[] cost;
    byte[] status;
    double[] x;
    double[] d;
    /** Duals {@code y = B^-T c_B}, row-indexed, from the last {@link #computeDual()}. */
    double[] y;
    int[] basicIndex;
    int[] position;
    double[] dseWeight;

    // work arrays
    double[] work1;
    double[] work2;
    double[] work3;
    double[] work4;
    double[] alphaRow;
    int[] alphaIndex;
    int alphaCount;
    private int[] mark;
    private int markStamp;
    /** True once the working costs differ from the model's (perturbation, shifts, phase costs). */
    boolean costsModified;
    /** True while {@link #d} and {@link #y} belong to the current basis and the model's costs. */
    boolean dualsValid;

    long iterations;
    /** Factorizations so far (statistics). */
    long factorizations;

    private int[] bStart = new int[1];
    private int[] bRow = new int[0];
    private double[] bVal = new double[0];

    SimplexState(LpData data, LpSettings settings) {
        this.data = data;
        this.settings = settings;
        this.factor = new BasisFactorization(settings.luThreshold(), settings.luAbsolutePivot(),
                settings.refactorInterval(), settings.dropTolerance());
        int cols = data.n;
        int rows = data.m;
        byte[] st = new byte[cols + rows];
        Arrays.fill(st, 0, cols, AT_LOWER);
        int[] heading = new int[rows];
        for (int i = 0; i < rows; i++) {
            heading[i] = cols + i;
        }
        double[] weights = new double[rows];
        Arrays.fill(weights, 1.0);
        install(st, heading, weights);
    }

    /**
     * Takes the shape from {@link #data} and installs a basis (statuses of all columns, heading,
     * steepest-edge weights); other arrays are reallocated and bounds and costs reset. The
     * factorization is invalidated.
     */
    void install(byte[] newStatus, int[] newBasicIndex, double[] newWeights) {
        n = data.n;
        m = data.m;
        total = n + m;
        status = newStatus;
        basicIndex = newBasicIndex;
        dseWeight = newWeights;
        lower = new double[total];
        upper = new double[total];
        cost = new double[total];
        x = new double[total];
        d = new double[total];
        y = new double[m];
        position = new int[total];
        work1 = new double[m];
        work2 = new double[m];
        work3 = new double[m];
        work4 = new double[m];
        alphaRow = new double[total];
        alphaIndex = new int[total];
        mark = new int[total];
        markStamp = 0;
        rebuildPositions();
        resetBoundsAndCosts();
        factor.invalidate();
        dualsValid = false;
    }

    void resetBounds() {
        System.arraycopy(data.lower, 0, lower, 0, total);
        System.arraycopy(data.upper, 0, upper, 0, total);
    }

    void resetCosts() {
        System.arraycopy(data.cost, 0, cost, 0, total);
        costsModified = false;
    }

    void resetBoundsAndCosts() {
        resetBounds();
        resetCosts();
    }

    /** Rebuilds {@link #position} from {@link #basicIndex}. */
    void rebuildPositions() {
        Arrays.fill(position, -1);
        for (int p = 0; p < m; p++) {
            position[basicIndex[p]] = p;
        }
    }

    boolean isBoxed(int j) {
        return lower[j] > Double.NEGATIVE_INFINITY && upper[j] < Double.POSITIVE_INFINITY;
    }

    /**
     * Gives a nonbasic column a status its bounds allow (keeping the requested side when it is
     * finite) and sets its value accordingly.
     */
    void placeNonbasic(int j) {
        double lo = lower[j];
        double up = upper[j];
        byte st = status[j];
        boolean hasLo = lo > Double.NEGATIVE_INFINITY;
        boolean hasUp = up < Double.POSITIVE_INFINITY;
        if (st == AT_UPPER && !hasUp) {
            st = hasLo ? AT_LOWER : AT_ZERO;
        } else if (st == AT_LOWER && !hasLo) {
            st = hasUp ? AT_UPPER : AT_ZERO;
        } else if (st == AT_ZERO && (hasLo || hasUp)) {
            st = hasLo ? AT_LOWER : AT_UPPER;
        }
        status[j] = st;
        x[j] = st == AT_LOWER ? lo : st == AT_UPPER ? up : 0.0;
    }

    void placeAllNonbasic() {
        for (int j = 0; j < total; j++) {
            if (status[j] != BASIC) {
                placeNonbasic(j);
            }
        }
    }

    /**
     * Factors the current basis. Dependent basic columns are replaced by the logicals of the
     * rows left without a pivot (they become nonbasic at a bound), and the factorization repeated.
     *
     * @return false when even the repaired basis could not be factored
     */
    boolean refactor() {
        for (int attempt = 0; attempt < 4; attempt++) {
            buildBasisMatrix();
            factorizations++;
            int singular = factor.factor(m, bStart, bRow, bVal);
            if (singular == 0) {
                return true;
            }
            for (int k = 0; k < singular; k++) {
                int p = factor.singularPosition(k);
                int row = factor.singularRow(k);
                int out = basicIndex[p];
                int in = n + row;
                if (status[in] == BASIC) {
                    // the logical is already basic elsewhere: leave this pair to the next attempt
                    continue;
                }
                status[out] = x[out] >= upper[out] && upper[out] < Double.POSITIVE_INFINITY ? AT_UPPER : AT_LOWER;
                placeNonbasic(out);
                basicIndex[p] = in;
                status[in] = BASIC;
                dseWeight[p] = 1.0;
            }
            rebuildPositions();
        }
        return false;
    }

    private void buildBasisMatrix() {
        int nnz = 0;
        for (int p = 0; p < m; p++) {
            int j = basicIndex[p];
            nnz += j < n ? data.colStart[j + 1] - data.colStart[j] : 1;
        }
        if (bStart.length < m + 1) {
            bStart = new int[m + 1];
        }
        if (bRow.length < nnz) {
            bRow = new int[nnz];
            bVal = new double[nnz];
        }
        int at = 0;
        for (int p = 0; p < m; p++) {
            bStart[p] = at;
            int j = basicIndex[p];
            if (j < n) {
                for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                    bRow[at] = data.colRow[k];
                    bVal[at] = data.colVal[k];
                    at++;
                }
            } else {
                bRow[at] = j - n;
                bVal[at] = -1.0;
                at++;
            }
        }
        bStart[m] = at;
    }

    /** {@code x_B = -B^-1 (sum over nonbasic j of a_j x_j)}. */
    void computePrimal() {
        double[] rhs = work1;
        Arrays.fill(rhs, 0, m, 0.0);
        for (int j = 0; j < n; j++) {
            if (status[j] != BASIC) {
                double v = x[j];
                if (v != 0.0) {
                    for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                        rhs[data.colRow[k]] -= data.colVal[k] * v;
                    }
                }
            }
        }
        for (int i = 0; i < m; i++) {
            if (status[n + i] != BASIC) {
                rhs[i] += x[n + i];
            }
        }
        factor.ftran(rhs);
        for (int p = 0; p < m; p++) {
            x[basicIndex[p]] = rhs[p];
        }
    }

    /** {@code y = B^-T c_B} and {@code d_j = c_j - y^T a_j} (zero for basic columns). */
    void computeDual() {
        for (int p = 0; p < m; p++) {
            y[p] = cost[basicIndex[p]];
        }
        factor.btran(y);
        for (int j = 0; j < n; j++) {
            if (status[j] == BASIC) {
                d[j] = 0.0;
                continue;
            }
            double s = cost[j];
            for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                s -= y[data.colRow[k]] * data.colVal[k];
            }
            d[j] = s;
        }
        for (int i = 0; i < m; i++) {
            d[n + i] = status[n + i] == BASIC ? 0.0 : cost[n + i] + y[i];
        }
    }

    /**
     * Row {@code r} of the tableau for every nonbasic column, {@code alpha_j = rho^T a_j}, from the
     * row-indexed {@code rho = B^-T e_r}. Basic columns get 0. The nonbasic columns with a nonzero
     * entry are listed in {@link #alphaIndex} ({@link #alphaCount} of them), so that the ratio
     * test and the updates need not scan every column.
     */
    void pivotRow(double[] rho, double[] alpha) {
        int nonZeros = 0;
        for (int i = 0; i < m; i++) {
            if (rho[i] != 0.0) {
                nonZeros++;
            }
        }
        int count = 0;
        int[] list = alphaIndex;
        if (nonZeros * 4 < m) {
            // row-wise: touch only the rows in rho's support
            int stamp = ++markStamp;
            int[] seen = mark;
            for (int i = 0; i < m; i++) {
                double r = rho[i];
                if (r != 0.0) {
                    for (int k = data.rowStart[i]; k < data.rowStart[i + 1]; k++) {
                        int j = data.rowCol[k];
                        if (seen[j] != stamp) {
                            seen[j] = stamp;
                            alpha[j] = r * data.rowVal[k];
                            if (status[j] != BASIC) {
                                list[count++] = j;
                            }
                        } else {
                            alpha[j] += r * data.rowVal[k];
                        }
                    }
                }
            }
        } else {
            for (int j = 0; j < n; j++) {
                if (status[j] == BASIC) {
                    continue;
                }
                double s = 0.0;
                for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                    s += rho[data.colRow[k]] * data.colVal[k];
                }
                alpha[j] = s;
                if (s != 0.0) {
                    list[count++] = j;
                }
            }
        }
        for (int i = 0; i < m; i++) {
            if (status[n + i] != BASIC && rho[i] != 0.0) {
                alpha[n + i] = -rho[i];
                list[count++] = n + i;
            }
        }
        alphaCount = count;
    }

    /** Writes column {@code j} of {@code [A -I]} into the row-indexed {@code out} (cleared first). */
    void loadColumn(int j, double[] out) {
        Arrays.fill(out, 0, m, 0.0);
        addColumn(j, 1.0, out);
    }

    /** {@code out += scale * a_j}. */
    void addColumn(int j, double scale, double[] out) {
        if (j < n) {
            for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                out[data.colRow[k]] += scale * data.colVal[k];
            }
        } else {
            out[j - n] -= scale;
        }
    }

    /** Working objective {@code cost . x}. */
    double objective() {
        double s = 0.0;
        for (int j = 0; j < total; j++) {
            double v = x[j];
            if (v != 0.0) {
                s += cost[j] * v;
            }
        }
        return s;
    }

    /** Largest bound violation of a basic variable. */
    double maxPrimalInfeasibility() {
        double max = 0.0;
        for (int p = 0; p < m; p++) {
            int j = basicIndex[p];
            double v = x[j];
            double inf = v < lower[j] ? lower[j] - v : v > upper[j] ? v - upper[j] : 0.0;
            max = Math.max(max, inf);
        }
        return max;
    }

    /** Size of the dual infeasibility of nonbasic column {@code j} (0 when dual feasible). */
    double dualInfeasibility(int j) {
        if (lower[j] == upper[j]) {
            return 0.0;
        }
        double dj = d[j];
        return switch (status[j]) {
            case AT_LOWER -> Math.max(0.0, -dj);
            case AT_UPPER -> Math.max(0.0, dj);
            case AT_ZERO -> Math.abs(dj);
            default -> 0.0;
        };
    }

    /**
     * Moves boxed nonbasic columns whose reduced cost has the wrong sign to their other bound.
     *
     * @return the number of columns moved (primal values must then be recomputed)
     */
    int flipBoxedToDualFeasible(double tolerance) {
        int flips = 0;
        for (int j = 0; j < total; j++) {
            byte st = status[j];
            if (st == BASIC || lower[j] == upper[j] || !isBoxed(j)) {
                continue;
            }
            if (st == AT_LOWER && d[j] < -tolerance) {
                status[j] = AT_UPPER;
                x[j] = upper[j];
                flips++;
            } else if (st == AT_UPPER && d[j] > tolerance) {
                status[j] = AT_LOWER;
                x[j] = lower[j];
                flips++;
            }
        }
        return flips;
    }

    /** Number of nonbasic columns with dual infeasibility above {@code tolerance}. */
    int countDualInfeasible(double tolerance) {
        int k = 0;
        for (int j = 0; j < total; j++) {
            if (status[j] != BASIC && dualInfeasibility(j) > tolerance) {
                k++;
            }
        }
        return k;
    }

    /**
     * Removes the remaining dual infeasibilities of non-boxed nonbasic columns by shifting their
     * working costs so that the reduced cost becomes zero (undone when the costs are reset).
     */
    int shiftDualInfeasible(double tolerance) {
        int k = 0;
        for (int j = 0; j < total; j++) {
            if (status[j] != BASIC && dualInfeasibility(j) > tolerance) {
                cost[j] -= d[j];
                d[j] = 0.0;
                k++;
                costsModified = true;
            }
        }
        return k;
    }

    /**
     * Exact dual steepest-edge weights {@code ||e_p^T B^-1||^2} when that is affordable, else 1.
     */
    void initDseWeights() {
        boolean slackBasis = true;
        for (int p = 0; p < m && slackBasis; p++) {
            slackBasis = basicIndex[p] >= n;
        }
        // B = -I has unit rows: the weights are exactly 1
        if (slackBasis || (long) m * m > 4_000_000L) {
            Arrays.fill(dseWeight, 0, m, 1.0);
            return;
        }
        double[] rho = work1;
        for (int p = 0; p < m; p++) {
            Arrays.fill(rho, 0, m, 0.0);
            rho[p] = 1.0;
            factor.btran(rho);
            double s = 0.0;
            for (int i = 0; i < m; i++) {
                s += rho[i] * rho[i];
            }
            dseWeight[p] = Math.max(s, 1e-4);
        }
    }
}
