package org.cobalt.milp.lp;

import java.util.Arrays;

/**
 * The basis inverse as a sparse LU factorization followed by a product-form eta file: after
 * {@code k} column replacements {@code B_k = B_0 E_1 ... E_k}, so FTRAN solves with the LU and then
 * applies {@code E_1^-1 ... E_k^-1}, and BTRAN applies the transposed etas in reverse before the
 * transposed LU solve.
 *
 * <p>The eta file is append-only, which gives strong branching a cheap undo: {@link #mark()} and
 * {@link #truncate(int)} roll the inverse back to an earlier basis without refactoring, as long as
 * no refactorization happened in between ({@link #generation()} tells).
 *
 * <p>A refactorization is due after {@code refactorInterval} updates, or earlier when the eta file
 * grows denser than the LU factors.
 */
final class BasisFactorization {

    private final SparseLu lu;
    private final int refactorInterval;
    private final double dropTolerance;

    private int m;
    private long generation;
    private boolean valid;

    private int etaCount;
    private int[] etaPosition = new int[16];
    private double[] etaPivot = new double[16];
    private int[] etaStart = new int[17];
    private int[] etaIndex = new int[256];
    private double[] etaValue = new double[256];

    BasisFactorization(double luThreshold, double luAbsolutePivot, int refactorInterval, double dropTolerance) {
        this.lu = new SparseLu(luThreshold, luAbsolutePivot);
        this.refactorInterval = refactorInterval;
        this.dropTolerance = dropTolerance;
    }

    /** True when a factorization of the current basis is available. */
    boolean isValid() {
        return valid;
    }

    void invalidate() {
        valid = false;
    }

    /** Increases at every refactorization; a mark is only meaningful within one generation. */
    long generation() {
        return generation;
    }

    int updates() {
        return etaCount;
    }

    /**
     * Factors the basis given column-wise by position.
     *
     * @return the number of dependent positions (0 on success); see {@link #singularPosition}
     */
    int factor(int size, int[] start, int[] rows, double[] values) {
        this.m = size;
        generation++;
        etaCount = 0;
        etaStart[0] = 0;
        boolean full = lu.factor(size, start, rows, values);
        valid = full;
        return full ? 0 : lu.singularCount();
    }

    int singularPosition(int k) {
        return lu.singularPosition(k);
    }

    int singularRow(int k) {
        return lu.singularRow(k);
    }

    /** True when the eta file is long or dense enough that a fresh LU pays off. */
    boolean refactorDue() {
        return etaCount >= refactorInterval || etaStart[etaCount] > 2 * lu.nonZeros() + 4 * m + 1000;
    }

    /** Row-indexed right-hand side in, position-indexed solution of {@code B z = a} out. */
    void ftran(double[] v) {
        lu.ftran(v);
        for (int e = 0; e < etaCount; e++) {
            int r = etaPosition[e];
            double zr = v[r];
            if (zr != 0.0) {
                zr /= etaPivot[e];
                v[r] = zr;
                for (int k = etaStart[e]; k < etaStart[e + 1]; k++) {
                    v[etaIndex[k]] -= etaValue[k] * zr;
                }
            }
        }
    }

    /** Position-indexed right-hand side in, row-indexed solution of {@code B^T y = c} out. */
    void btran(double[] v) {
        for (int e = etaCount - 1; e >= 0; e--) {
            int r = etaPosition[e];
            double s = v[r];
            for (int k = etaStart[e]; k < etaStart[e + 1]; k++) {
                s -= etaValue[k] * v[etaIndex[k]];
            }
            v[r] = s / etaPivot[e];
        }
        lu.btran(v);
    }

    /**
     * Replaces the column at position {@code r} by one whose FTRAN image is {@code alpha}
     * (position-indexed, as returned by {@link #ftran} for the entering column).
     */
    void update(double[] alpha, int r) {
        if (etaCount + 1 >= etaPosition.length) {
            int cap = etaPosition.length * 2;
            etaPosition = Arrays.copyOf(etaPosition, cap);
            etaPivot = Arrays.copyOf(etaPivot, cap);
            etaStart = Arrays.copyOf(etaStart, cap + 1);
        }
        int at = etaStart[etaCount];
        if (at + m > etaIndex.length) {
            int cap = Math.max(etaIndex.length * 2, at + m);
            etaIndex = Arrays.copyOf(etaIndex, cap);
            etaValue = Arrays.copyOf(etaValue, cap);
        }
        for (int i = 0; i < m; i++) {
            double a = alpha[i];
            if (i != r && Math.abs(a) > dropTolerance) {
                etaIndex[at] = i;
                etaValue[at] = a;
                at++;
            }
        }
        etaPosition[etaCount] = r;
        etaPivot[etaCount] = alpha[r];
        etaCount++;
        etaStart[etaCount] = at;
    }

    /** The current length of the eta file, for {@link #truncate}. */
    int mark() {
        return etaCount;
    }

    /** Drops the etas after {@code mark}, returning to the basis at that point. */
    void truncate(int mark) {
        if (mark < 0 || mark > etaCount) {
            throw new IllegalArgumentException("eta mark " + mark + " outside [0, " + etaCount + "]");
        }
        etaCount = mark;
    }
}
