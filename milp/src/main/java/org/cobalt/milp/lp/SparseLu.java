package org.cobalt.milp.lp;

import java.util.Arrays;

/**
 * Sparse LU factorization of a square basis matrix by Markowitz pivoting with threshold partial
 * pivoting, and the triangular solves on it.
 *
 * <p>Columns of the matrix are called <em>positions</em> (the basis heading) and rows are the
 * constraint rows. Elimination picks, among entries that pass the threshold test
 * {@code |a_iq| >= threshold * max_i |a_iq|} and {@code |a_iq| >= absolutePivot}, one of (nearly)
 * least Markowitz cost {@code (r_i - 1)(c_q - 1)}; singletons cost nothing and come first, which is
 * what makes LP bases (mostly slack and triangular) cheap to factor. The search looks at columns and
 * rows of increasing count and stops once no better candidate can exist or after a few candidates
 * (Suhl and Suhl 1990).
 *
 * <p>The result is {@code L_1 ... L_r U'} where each {@code L_k} is a column eta (the multipliers
 * of pivot {@code k}) and {@code U'} is a row- and column-permuted upper triangle, kept both by rows
 * (for BTRAN) and by columns (for FTRAN). When the matrix is singular (no acceptable pivot remains)
 * the unpivoted positions and rows are reported by {@link #singularCount()},
 * {@link #singularPosition(int)} and {@link #singularRow(int)} so the caller can replace those
 * columns by slack columns of those rows and factor again.
 */
final class SparseLu {

    /** Markowitz search gives up improving after looking at this many columns/rows. */
    private static final int SEARCH_LIMIT = 4;

    private final double threshold;
    private final double absolutePivot;

    private int m;
    private int rank;

    // pivot sequence
    private int[] pivotRow = new int[0];
    private int[] pivotPosition = new int[0];
    private double[] diagonal = new double[0];

    // L etas per pivot: rows and multipliers
    private int[] lStart = new int[1];
    private int[] lRow = new int[0];
    private double[] lValue = new double[0];

    // U' by pivot rows: positions and values (diagonal excluded)
    private int[] uRowStart = new int[1];
    private int[] uRowPosition = new int[0];
    private double[] uRowValue = new double[0];

    // U' by pivot columns: rows and values (diagonal excluded)
    private int[] uColStart = new int[1];
    private int[] uColRow = new int[0];
    private double[] uColValue = new double[0];

    private int singularCount;
    private int[] singularPositions = new int[0];
    private int[] singularRows = new int[0];

    private double[] work = new double[0];

    // elimination workspace
    private int[][] colRows;
    private double[][] colVals;
    private int[] colLen;
    private int[][] rowCols;
    private int[] rowLen;
    private int[] colHead;
    private int[] colNext;
    private int[] colPrev;
    private int[] rowHead;
    private int[] rowNext;
    private int[] rowPrev;
    private boolean[] colDone;
    private boolean[] rowDone;
    private int[] mark;

    SparseLu(double threshold, double absolutePivot) {
        this.threshold = threshold;
        this.absolutePivot = absolutePivot;
    }

    int dimension() {
        return m;
    }

    int rank() {
        return rank;
    }

    int singularCount() {
        return singularCount;
    }

    int singularPosition(int k) {
        return singularPositions[k];
    }

    int singularRow(int k) {
        return singularRows[k];
    }

    /** Stored entries of L and U (diagonal included), a measure of factor density. */
    int nonZeros() {
        return lStart[rank] + uRowStart[rank] + rank;
    }

    /**
     * Factors the {@code size x size} matrix given column-wise by position.
     *
     * @return true when the matrix had full numerical rank
     */
    boolean factor(int size, int[] start, int[] rows, double[] values) {
        this.m = size;
        allocate(size);
        for (int q = 0; q < size; q++) {
            int len = start[q + 1] - start[q];
            colRows[q] = Arrays.copyOfRange(rows, start[q], start[q + 1]);
            colVals[q] = Arrays.copyOfRange(values, start[q], start[q + 1]);
            colLen[q] = len;
            for (int k = start[q]; k < start[q + 1]; k++) {
                rowLen[rows[k]]++;
            }
        }
        for (int i = 0; i < size; i++) {
            rowCols[i] = new int[Math.max(4, rowLen[i] + 2)];
            rowLen[i] = 0;
        }
        for (int q = 0; q < size; q++) {
            for (int k = 0; k < colLen[q]; k++) {
                int i = colRows[q][k];
                rowCols[i][rowLen[i]++] = q;
            }
        }
        Arrays.fill(colHead, -1);
        Arrays.fill(rowHead, -1);
        for (int q = 0; q < size; q++) {
            linkCol(q);
        }
        for (int i = 0; i < size; i++) {
            linkRow(i);
        }

        GrowingEntries lEntries = new GrowingEntries(size * 2 + 16);
        GrowingEntries uEntries = new GrowingEntries(size * 2 + 16);
        int[] lStartTmp = new int[size + 1];
        int[] uStartTmp = new int[size + 1];
        int r = 0;
        int[] best = new int[2];
        while (r < size) {
            if (!findPivot(best)) {
                break;
            }
            int p = best[0];
            int q = best[1];
            eliminate(p, q, r, lEntries, uEntries);
            r++;
            lStartTmp[r] = lEntries.size;
            uStartTmp[r] = uEntries.size;
        }
        this.rank = r;
        lStart = Arrays.copyOf(lStartTmp, size + 1);
        for (int k = r + 1; k <= size; k++) {
            lStart[k] = lStart[r];
        }
        lRow = Arrays.copyOf(lEntries.index, lEntries.size);
        lValue = Arrays.copyOf(lEntries.value, lEntries.size);
        uRowStart = Arrays.copyOf(uStartTmp, size + 1);
        for (int k = r + 1; k <= size; k++) {
            uRowStart[k] = uRowStart[r];
        }
        uRowPosition = Arrays.copyOf(uEntries.index, uEntries.size);
        uRowValue = Arrays.copyOf(uEntries.value, uEntries.size);
        if (r == size) {
            buildColumnCopyOfU(size);
        }

        singularCount = size - r;
        singularPositions = new int[singularCount];
        singularRows = new int[singularCount];
        if (singularCount > 0) {
            int a = 0;
            for (int q = 0; q < size; q++) {
                if (!colDone[q]) {
                    singularPositions[a++] = q;
                }
            }
            int b = 0;
            for (int i = 0; i < size; i++) {
                if (!rowDone[i]) {
                    singularRows[b++] = i;
                }
            }
        }
        releaseWorkspace();
        return singularCount == 0;
    }

    private void allocate(int size) {
        if (pivotRow.length < size) {
            pivotRow = new int[size];
            pivotPosition = new int[size];
            diagonal = new double[size];
            work = new double[size];
        }
        colRows = new int[size][];
        colVals = new double[size][];
        colLen = new int[size];
        rowCols = new int[size][];
        rowLen = new int[size];
        colHead = new int[size + 1];
        colNext = new int[size];
        colPrev = new int[size];
        rowHead = new int[size + 1];
        rowNext = new int[size];
        rowPrev = new int[size];
        colDone = new boolean[size];
        rowDone = new boolean[size];
        mark = new int[size];
    }

    private void releaseWorkspace() {
        colRows = null;
        colVals = null;
        rowCols = null;
    }

    private void linkCol(int q) {
        int c = colLen[q];
        colPrev[q] = -1;
        colNext[q] = colHead[c];
        if (colHead[c] >= 0) {
            colPrev[colHead[c]] = q;
        }
        colHead[c] = q;
    }

    private void unlinkCol(int q) {
        int c = colLen[q];
        if (colPrev[q] >= 0) {
            colNext[colPrev[q]] = colNext[q];
        } else {
            colHead[c] = colNext[q];
        }
        if (colNext[q] >= 0) {
            colPrev[colNext[q]] = colPrev[q];
        }
    }

    private void linkRow(int i) {
        int c = rowLen[i];
        rowPrev[i] = -1;
        rowNext[i] = rowHead[c];
        if (rowHead[c] >= 0) {
            rowPrev[rowHead[c]] = i;
        }
        rowHead[c] = i;
    }

    private void unlinkRow(int i) {
        int c = rowLen[i];
        if (rowPrev[i] >= 0) {
            rowNext[rowPrev[i]] = rowNext[i];
        } else {
            rowHead[c] = rowNext[i];
        }
        if (rowNext[i] >= 0) {
            rowPrev[rowNext[i]] = rowPrev[i];
        }
    }

    private double columnMax(int q) {
        double max = 0.0;
        double[] v = colVals[q];
        for (int k = 0; k < colLen[q]; k++) {
            double a = Math.abs(v[k]);
            if (a > max) {
                max = a;
            }
        }
        return max;
    }

    /** Markowitz search; writes (row, position) into {@code out}. */
    private boolean findPivot(int[] out) {
        long bestCost = Long.MAX_VALUE;
        double bestAbs = 0.0;
        int searched = 0;
        for (int c = 1; c <= m; c++) {
            for (int q = colHead[c]; q >= 0; q = colNext[q]) {
                double max = columnMax(q);
                if (max < absolutePivot) {
                    continue;
                }
                double limit = Math.max(threshold * max, absolutePivot);
                int[] rows = colRows[q];
                double[] vals = colVals[q];
                for (int k = 0; k < colLen[q]; k++) {
                    double a = Math.abs(vals[k]);
                    if (a >= limit) {
                        long cost = (long) (rowLen[rows[k]] - 1) * (c - 1);
                        if (cost < bestCost || (cost == bestCost && a > bestAbs)) {
                            bestCost = cost;
                            bestAbs = a;
                            out[0] = rows[k];
                            out[1] = q;
                        }
                    }
                }
                searched++;
                if (bestCost != Long.MAX_VALUE && (bestCost <= (long) (c - 1) * (c - 1) || searched >= SEARCH_LIMIT)) {
                    return true;
                }
            }
            for (int i = rowHead[c]; i >= 0; i = rowNext[i]) {
                int[] cols = rowCols[i];
                for (int t = 0; t < rowLen[i]; t++) {
                    int q = cols[t];
                    double max = columnMax(q);
                    if (max < absolutePivot) {
                        continue;
                    }
                    double a = Math.abs(valueAt(q, i));
                    if (a >= Math.max(threshold * max, absolutePivot)) {
                        long cost = (long) (c - 1) * (colLen[q] - 1);
                        if (cost < bestCost || (cost == bestCost && a > bestAbs)) {
                            bestCost = cost;
                            bestAbs = a;
                            out[0] = i;
                            out[1] = q;
                        }
                    }
                }
                searched++;
                if (bestCost != Long.MAX_VALUE && (bestCost <= (long) c * (c - 1) || searched >= SEARCH_LIMIT)) {
                    return true;
                }
            }
            if (bestCost != Long.MAX_VALUE && bestCost <= (long) c * c) {
                return true;
            }
        }
        return bestCost != Long.MAX_VALUE;
    }

    private double valueAt(int q, int i) {
        int[] rows = colRows[q];
        for (int k = 0; k < colLen[q]; k++) {
            if (rows[k] == i) {
                return colVals[q][k];
            }
        }
        return 0.0;
    }

    private void eliminate(int p, int q, int r, GrowingEntries lEntries, GrowingEntries uEntries) {
        unlinkCol(q);
        unlinkRow(p);
        colDone[q] = true;
        rowDone[p] = true;
        pivotRow[r] = p;
        pivotPosition[r] = q;

        // pivot column: multipliers for the other rows, which lose column q
        int[] qRows = colRows[q];
        double[] qVals = colVals[q];
        double pivot = 0.0;
        for (int k = 0; k < colLen[q]; k++) {
            if (qRows[k] == p) {
                pivot = qVals[k];
                break;
            }
        }
        diagonal[r] = pivot;
        int lFrom = lEntries.size;
        for (int k = 0; k < colLen[q]; k++) {
            int i = qRows[k];
            if (i == p) {
                continue;
            }
            lEntries.add(i, qVals[k] / pivot);
            unlinkRow(i);
            removeFromRow(i, q);
        }
        int lTo = lEntries.size;

        // pivot row: becomes a row of U; the other columns lose row p
        int[] pCols = rowCols[p];
        int uFrom = uEntries.size;
        for (int t = 0; t < rowLen[p]; t++) {
            int k = pCols[t];
            if (k == q) {
                continue;
            }
            unlinkCol(k);
            double v = removeFromColumn(k, p);
            uEntries.add(k, v);
        }
        int uTo = uEntries.size;

        // Schur complement update: column k -= l * a_pk
        for (int e = uFrom; e < uTo; e++) {
            int k = uEntries.index[e];
            double apk = uEntries.value[e];
            if (lTo > lFrom) {
                int[] kRows = colRows[k];
                for (int t = 0; t < colLen[k]; t++) {
                    mark[kRows[t]] = t + 1;
                }
                for (int f = lFrom; f < lTo; f++) {
                    int i = lEntries.index[f];
                    double delta = -lEntries.value[f] * apk;
                    int at = mark[i];
                    if (at > 0) {
                        colVals[k][at - 1] += delta;
                    } else {
                        appendToColumn(k, i, delta);
                        appendToRow(i, k);
                        mark[i] = colLen[k];
                    }
                }
                kRows = colRows[k];
                for (int t = 0; t < colLen[k]; t++) {
                    mark[kRows[t]] = 0;
                }
            }
            linkCol(k);
        }
        for (int f = lFrom; f < lTo; f++) {
            linkRow(lEntries.index[f]);
        }
        colLen[q] = 0;
        rowLen[p] = 0;
    }

    private void removeFromRow(int i, int q) {
        int[] cols = rowCols[i];
        int len = rowLen[i];
        for (int t = 0; t < len; t++) {
            if (cols[t] == q) {
                cols[t] = cols[len - 1];
                rowLen[i] = len - 1;
                return;
            }
        }
    }

    private double removeFromColumn(int k, int p) {
        int[] rows = colRows[k];
        double[] vals = colVals[k];
        int len = colLen[k];
        for (int t = 0; t < len; t++) {
            if (rows[t] == p) {
                double v = vals[t];
                rows[t] = rows[len - 1];
                vals[t] = vals[len - 1];
                colLen[k] = len - 1;
                return v;
            }
        }
        return 0.0;
    }

    private void appendToColumn(int k, int i, double v) {
        int len = colLen[k];
        if (len == colRows[k].length) {
            int cap = Math.max(4, len * 2);
            colRows[k] = Arrays.copyOf(colRows[k], cap);
            colVals[k] = Arrays.copyOf(colVals[k], cap);
        }
        colRows[k][len] = i;
        colVals[k][len] = v;
        colLen[k] = len + 1;
    }

    private void appendToRow(int i, int k) {
        int len = rowLen[i];
        if (len == rowCols[i].length) {
            rowCols[i] = Arrays.copyOf(rowCols[i], Math.max(4, len * 2));
        }
        rowCols[i][len] = k;
        rowLen[i] = len + 1;
    }

    private void buildColumnCopyOfU(int size) {
        int[] pivotOfPosition = new int[size];
        Arrays.fill(pivotOfPosition, -1);
        for (int k = 0; k < rank; k++) {
            pivotOfPosition[pivotPosition[k]] = k;
        }
        int nnz = uRowStart[rank];
        int[] count = new int[size + 1];
        for (int e = 0; e < nnz; e++) {
            count[pivotOfPosition[uRowPosition[e]] + 1]++;
        }
        for (int j = 0; j < size; j++) {
            count[j + 1] += count[j];
        }
        uColStart = count.clone();
        uColRow = new int[nnz];
        uColValue = new double[nnz];
        int[] next = Arrays.copyOf(count, size);
        for (int k = 0; k < rank; k++) {
            int row = pivotRow[k];
            for (int e = uRowStart[k]; e < uRowStart[k + 1]; e++) {
                int j = pivotOfPosition[uRowPosition[e]];
                int at = next[j]++;
                uColRow[at] = row;
                uColValue[at] = uRowValue[e];
            }
        }
    }

    /**
     * Solves {@code B z = a} in place: on entry {@code v} holds {@code a} indexed by row, on exit
     * {@code z} indexed by position. Only valid after a full-rank factorization.
     */
    void ftran(double[] v) {
        double[] a = work;
        System.arraycopy(v, 0, a, 0, m);
        for (int k = 0; k < rank; k++) {
            double x = a[pivotRow[k]];
            if (x != 0.0) {
                for (int e = lStart[k]; e < lStart[k + 1]; e++) {
                    a[lRow[e]] -= lValue[e] * x;
                }
            }
        }
        for (int j = rank - 1; j >= 0; j--) {
            double z = a[pivotRow[j]];
            if (z != 0.0) {
                z /= diagonal[j];
                for (int e = uColStart[j]; e < uColStart[j + 1]; e++) {
                    a[uColRow[e]] -= uColValue[e] * z;
                }
            }
            v[pivotPosition[j]] = z;
        }
    }

    /**
     * Solves {@code B^T y = c} in place: on entry {@code v} holds {@code c} indexed by position, on
     * exit {@code y} indexed by row.
     */
    void btran(double[] v) {
        double[] w = work;
        for (int k = 0; k < rank; k++) {
            double c = v[pivotPosition[k]];
            double y = 0.0;
            if (c != 0.0) {
                y = c / diagonal[k];
                for (int e = uRowStart[k]; e < uRowStart[k + 1]; e++) {
                    v[uRowPosition[e]] -= uRowValue[e] * y;
                }
            }
            w[pivotRow[k]] = y;
        }
        for (int k = rank - 1; k >= 0; k--) {
            double s = 0.0;
            for (int e = lStart[k]; e < lStart[k + 1]; e++) {
                s += lValue[e] * w[lRow[e]];
            }
            w[pivotRow[k]] -= s;
        }
        System.arraycopy(w, 0, v, 0, m);
    }

    /** Growable (index, value) list used while eliminating. */
    private static final class GrowingEntries {
        int[] index;
        double[] value;
        int size;

        GrowingEntries(int capacity) {
            index = new int[capacity];
            value = new double[capacity];
        }

        void add(int i, double v) {
            if (size == index.length) {
                index = Arrays.copyOf(index, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            index[size] = i;
            value[size] = v;
            size++;
        }
    }
}
