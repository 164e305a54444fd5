package org.cobalt.core.milp;

import java.util.Arrays;

/**
 * Immutable sparse matrix held both row-wise (CSR) and column-wise (CSC). Indices inside a row
 * (column) are strictly increasing; there are no explicit zeros and no duplicates.
 *
 * <p>Accessors return single entries so that hot loops can iterate without copies:
 * <pre>{@code for (int k = m.rowStart(i); k < m.rowEnd(i); k++) sum += m.rowValue(k) * x[m.rowColumn(k)]; }</pre>
 */
public final class SparseMatrix {

    private final int rows;
    private final int columns;
    private final int[] rowStart;
    private final int[] rowColumn;
    private final double[] rowValue;
    private final int[] colStart;
    private final int[] colRow;
    private final double[] colValue;

    private SparseMatrix(int rows, int columns, int[] rowStart, int[] rowColumn, double[] rowValue) {
        this.rows = rows;
        this.columns = columns;
        this.rowStart = rowStart;
        this.rowColumn = rowColumn;
        this.rowValue = rowValue;
        int nnz = rowColumn.length;
        colStart = new int[columns + 1];
        for (int k = 0; k < nnz; k++) {
            colStart[rowColumn[k] + 1]++;
        }
        for (int j = 0; j < columns; j++) {
            colStart[j + 1] += colStart[j];
        }
        colRow = new int[nnz];
        colValue = new double[nnz];
        int[] next = Arrays.copyOf(colStart, columns);
        for (int i = 0; i < rows; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int p = next[rowColumn[k]]++;
                colRow[p] = i;
                colValue[p] = rowValue[k];
            }
        }
    }

    /**
     * Builds a matrix from triplets; duplicates (same row and column) are summed and entries that
     * end up exactly zero are dropped.
     *
     * @throws IllegalArgumentException on an index out of range or a non-finite value
     */
    public static SparseMatrix fromTriplets(int rows, int columns, int count, int[] tripletRow,
                                            int[] tripletColumn, double[] tripletValue) {
        if (rows < 0 || columns < 0 || count < 0) {
            throw new IllegalArgumentException("negative matrix dimension");
        }
        int[] start = new int[rows + 1];
        for (int t = 0; t < count; t++) {
            int r = tripletRow[t];
            int c = tripletColumn[t];
            if (r < 0 || r >= rows) {
                throw new IllegalArgumentException("row index " + r + " out of range [0, " + rows + ")");
            }
            if (c < 0 || c >= columns) {
                throw new IllegalArgumentException("column index " + c + " out of range [0, " + columns + ")");
            }
            if (!Double.isFinite(tripletValue[t])) {
                throw new IllegalArgumentException("coefficient at (" + r + ", " + c + ") is " + tripletValue[t]);
            }
            start[r + 1]++;
        }
        for (int i = 0; i < rows; i++) {
            start[i + 1] += start[i];
        }
        int[] col = new int[count];
        double[] val = new double[count];
        int[] next = Arrays.copyOf(start, rows);
        for (int t = 0; t < count; t++) {
            int p = next[tripletRow[t]]++;
            col[p] = tripletColumn[t];
            val[p] = tripletValue[t];
        }
        // sort each row by column, merge duplicates, drop zeros
        int[] outStart = new int[rows + 1];
        int out = 0;
        for (int i = 0; i < rows; i++) {
            int from = start[i];
            int to = start[i + 1];
            sortByIndex(col, val, from, to);
            int k = from;
            while (k < to) {
                int c = col[k];
                double sum = val[k];
                k++;
                while (k < to && col[k] == c) {
                    sum += val[k];
                    k++;
                }
                if (sum != 0.0) {
                    col[out] = c;
                    val[out] = sum;
                    out++;
                }
            }
            outStart[i + 1] = out;
        }
        return new SparseMatrix(rows, columns, outStart, Arrays.copyOf(col, out), Arrays.copyOf(val, out));
    }

    private static void sortByIndex(int[] idx, double[] val, int from, int to) {
        // insertion sort is fine for typical rows; fall back to a keyed sort for long rows
        if (to - from <= 32) {
            for (int a = from + 1; a < to; a++) {
                int ki = idx[a];
                double kv = val[a];
                int b = a - 1;
                while (b >= from && idx[b] > ki) {
                    idx[b + 1] = idx[b];
                    val[b + 1] = val[b];
                    b--;
                }
                idx[b + 1] = ki;
                val[b + 1] = kv;
            }
            return;
        }
        int n = to - from;
        long[] keys = new long[n];
        for (int a = 0; a < n; a++) {
            keys[a] = ((long) idx[from + a] << 32) | a;
        }
        Arrays.sort(keys);
        int[] ci = new int[n];
        double[] cv = new double[n];
        for (int a = 0; a < n; a++) {
            int orig = (int) (keys[a] & 0xffffffffL);
            ci[a] = idx[from + orig];
            cv[a] = val[from + orig];
        }
        System.arraycopy(ci, 0, idx, from, n);
        System.arraycopy(cv, 0, val, from, n);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Number of stored (non-zero) entries. */
    public int nonZeros() {
        return rowColumn.length;
    }

    /** First position of row {@code i} in the row-wise arrays. */
    public int rowStart(int i) {
        return rowStart[i];
    }

    /** One past the last position of row {@code i} in the row-wise arrays. */
    public int rowEnd(int i) {
        return rowStart[i + 1];
    }

    /** Column of the row-wise entry at position {@code k}. */
    public int rowColumn(int k) {
        return rowColumn[k];
    }

    /** Value of the row-wise entry at position {@code k}. */
    public double rowValue(int k) {
        return rowValue[k];
    }

    /** First position of column {@code j} in the column-wise arrays. */
    public int columnStart(int j) {
        return colStart[j];
    }

    /** One past the last position of column {@code j} in the column-wise arrays. */
    public int columnEnd(int j) {
        return colStart[j + 1];
    }

    /** Row of the column-wise entry at position {@code k}. */
    public int columnRow(int k) {
        return colRow[k];
    }

    /** Value of the column-wise entry at position {@code k}. */
    public double columnValue(int k) {
        return colValue[k];
    }

    /** Coefficient at (i, j), zero when not stored; binary search within the row. */
    public double get(int i, int j) {
        int k = Arrays.binarySearch(rowColumn, rowStart[i], rowStart[i + 1], j);
        return k >= 0 ? rowValue[k] : 0.0;
    }

    /** Copies of the CSR arrays: {@code rowStart} (length rows+1). */
    public int[] copyRowStarts() {
        return rowStart.clone();
    }

    /** Copy of the CSR column indices. */
    public int[] copyRowColumns() {
        return rowColumn.clone();
    }

    /** Copy of the CSR values. */
    public double[] copyRowValues() {
        return rowValue.clone();
    }

    /** Copies of the CSC arrays: {@code columnStart} (length columns+1). */
    public int[] copyColumnStarts() {
        return colStart.clone();
    }

    /** Copy of the CSC row indices. */
    public int[] copyColumnRows() {
        return colRow.clone();
    }

    /** Copy of the CSC values. */
    public double[] copyColumnValues() {
        return colValue.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseMatrix m && rows == m.rows && columns == m.columns
                && Arrays.equals(rowStart, m.rowStart) && Arrays.equals(rowColumn, m.rowColumn)
                && Arrays.equals(rowValue, m.rowValue);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(rowValue);
    }

    @Override
    public String toString() {
        return "SparseMatrix[" + rows + "x" + columns + ", nnz=" + nonZeros() + "]";
    }
}
