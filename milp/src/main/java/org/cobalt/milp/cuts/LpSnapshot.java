package org.cobalt.milp.cuts;

import java.util.Arrays;
import java.util.Objects;
import org.cobalt.milp.lp.BasisStatus;
import org.cobalt.milp.bb.spi.SeparationContext;
import org.cobalt.milp.lp.LpSolver;

/**
 * What separators read at one LP point, copied once per separation round: the LP's rows (model rows
 * and cut rows, in model units, by rows and by columns), bounds, integrality and values of the
 * {@code n} structural columns and of the {@code m} row logicals, the basis statuses, and access to
 * the LP's tableau rows.
 *
 * <p>Variables are numbered as in {@link LpSolver#tableauRow}: {@code j < n} is column {@code j},
 * {@code n + i} is the logical of row {@code i}, whose value is the activity {@code s_i = a_i x}
 * and whose bounds are the row sides. A logical is <em>integral</em> when its row has only
 * integer columns with integral coefficients. Bounds of integral variables are rounded inward
 * ({@code ceil(l - 1e-9)}, {@code floor(u + 1e-9)}), which every integral point satisfies.
 *
 * <p>Cuts derived from a snapshot are valid for the bounds it holds: globally valid when these
 * are the global bounds (the root).
 */
public final class LpSnapshot {

    private static final double ROUND_TOL = 1e-9;

    final int n;
    final int m;
    final int modelRows;
    final double[] x;
    final double[] lower;
    final double[] upper;
    final boolean[] integral;
    final byte[] status;
    final double[] cost;
    final int[] rowStart;
    final int[] rowCol;
    final double[] rowVal;
    final int[] colStart;
    final int[] colRow;
    final double[] colVal;
    final TableauAccess tableau;

    private LpSnapshot(int n, int m, int modelRows, double[] x, double[] lower, double[] upper, boolean[] integral,
                       byte[] status, double[] cost, int[] rowStart, int[] rowCol, double[] rowVal,
                        TableauAccess tableau) {
        this.n = n;
        this.m = m;
        this.modelRows = modelRows;
        this.x = x;
        this.lower = lower;
        this.upper = upper;
        this.integral = integral;
        this.status = status;
        this.cost = cost;
        this.rowStart = rowStart;
        this.rowCol = rowCol;
        this.rowVal = rowVal;
        this.tableau = tableau;
        int nnz = rowStart[m];
        colStart = new int[n + 1];
        for (int k = 0; k < nnz; k++) {
            colStart[rowCol[k] + 1]++;
        }
        for (int j = 0; j < n; j++) {
            colStart[j + 1] += colStart[j];
        }
        colRow = new int[nnz];
        colVal = new double[nnz];
        int[] next = Arrays.copyOf(colStart, n);
        for (int i = 0; i < m; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int p = next[rowCol[k]]++;
                colRow[p] = i;
                colVal[p] = rowVal[k];
            }
        }
        roundIntegralBounds();
    }

    /**
     * A snapshot of a solved LP engine.
     *
     * @param lp         an engine after a solve that left a factorization (normally OPTIMAL)
     * @param integral   integrality of the {@code lp.numColumns()} structural columns
     * @param modelRows  the first {@code modelRows} rows are model rows, the rest cuts
     */
    public static LpSnapshot of(LpSolver lp, boolean[] integral, int modelRows) {
        Objects.requireNonNull(lp, "lp");
        int n = lp.numColumns();
        int m = lp.numRows();
        if (integral.length < n || modelRows < 0 || modelRows > m) {
            throw new IllegalArgumentException("snapshot: " + integral.length + " integrality flags for " + n
                    + " columns, " + modelRows + " model rows of " + m);
        }
        double[] x = new double[n + m];
        double[] lower = new double[n + m];
        double[] upper = new double[n + m];
        boolean[] isInt = new boolean[n + m];
        byte[] status = new byte[n + m];
        double[] cost = new double[n];
        lp.primalValues(x);
        double[] act = lp.rowActivities();
        System.arraycopy(act, 0, x, n, m);
        for (int j = 0; j < n; j++) {
            lower[j] = lp.lower(j);
            upper[j] = lp.upper(j);
            isInt[j] = integral[j];
            status[j] = lp.columnStatus(j).code();
            cost[j] = lp.cost(j);
        }
        Rows rows = Rows.pack(n, m, new RowSource() {
            @Override
            public int length(int i) {
                return lp.rowLength(i);
            }

            @Override
            public int entries(int i, int[] columns, double[] values) {
                return lp.row(i, columns, values);
            }

            @Override
            public double lower(int i) {
                return lp.rowLower(i);
            }

            @Override
            public double upper(int i) {
                return lp.rowUpper(i);
            }

            @Override
            public BasisStatus status(int i) {
                return lp.rowStatus(i);
            }
        }, lower, upper, status);
        int[] rowStart = rows.start();
        int[] rowCol = rows.columns();
        double[] rowVal = rows.values();
        markIntegralRows(n, m, rowStart, rowCol, rowVal, isInt);
        TableauAccess tableau = new TableauAccess() {
            @Override
            public int[] basicVariables() {
                return lp.basisHeader();
            }

            @Override
            public void tableauRow(int position, double[] out) {
                lp.tableauRow(position, out);
            }
        };
        return new LpSnapshot(n, m, modelRows, x, lower, upper, isInt, status, cost, rowStart, rowCol, rowVal,
                tableau);
    }

    /**
     * A snapshot of the LP that a branch-and-bound separation round sees: the working model's
     * rows followed by the cuts in the LP, its local bounds, LP values and basis, and its tableau.
     */
    public static LpSnapshot of(SeparationContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        int n = ctx.numColumns();
        int m = ctx.numLpRows();
        int modelRows = Math.min(ctx.model().numRows(), m);
        double[] x = new double[n + m];
        double[] lower = new double[n + m];
        double[] upper = new double[n + m];
        boolean[] isInt = new boolean[n + m];
        byte[] status = new byte[n + m];
        double[] cost = new double[n];
        System.arraycopy(ctx.lpSolution(), 0, x, 0, n);
        System.arraycopy(ctx.rowActivities(), 0, x, n, m);
        for (int j = 0; j < n; j++) {
            lower[j] = ctx.lower(j);
            upper[j] = ctx.upper(j);
            isInt[j] = ctx.isIntegral(j);
            status[j] = ctx.columnStatus(j).code();
            cost[j] = ctx.model().cost(j);
        }
        Rows rows = Rows.pack(n, m, new RowSource() {
            @Override
            public int length(int i) {
                return ctx.rowLength(i);
            }

            @Override
            public int entries(int i, int[] columns, double[] values) {
                return ctx.rowEntries(i, columns, values);
            }

            @Override
            public double lower(int i) {
                return ctx.rowLower(i);
            }

            @Override
            public double upper(int i) {
                return ctx.rowUpper(i);
            }

            @Override
            public BasisStatus status(int i) {
                return ctx.rowStatus(i);
            }
        }, lower, upper, status);
        int[] rowStart = rows.start();
        int[] rowCol = rows.columns();
        double[] rowVal = rows.values();
        markIntegralRows(n, m, rowStart, rowCol, rowVal, isInt);
        TableauAccess tableau = new TableauAccess() {
            @Override
            public int[] basicVariables() {
                return ctx.basicVariables();
            }

            @Override
            public void tableauRow(int position, double[] out) {
                ctx.tableauRow(position, out);
            }
        };
        return new LpSnapshot(n, m, modelRows, x, lower, upper, isInt, status, cost, rowStart, rowCol, rowVal,
                tableau);
    }

    /**
     * A snapshot from raw data without an LP engine (no tableau rows: Gomory cuts need
     * {@link #of}); statuses are derived from the values (at a bound or basic).
     *
     * @param x        values of the {@code n} columns (row activities are computed)
     * @param integral integrality of the columns
     */
    public static LpSnapshot of(int n, int m, int[] rowStart, int[] rowCol, double[] rowVal, double[] rowLower,
                                double[] rowUpper, double[] colLower, double[] colUpper, boolean[] integral,
                                double[] cost, double[] x) {
        double[] z = new double[n + m];
        double[] lower = new double[n + m];
        double[] upper = new double[n + m];
        boolean[] isInt = new boolean[n + m];
        byte[] status = new byte[n + m];
        System.arraycopy(x, 0, z, 0, n);
        for (int i = 0; i < m; i++) {
            double s = 0.0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s += rowVal[k] * x[rowCol[k]];
            }
            z[n + i] = s;
            lower[n + i] = rowLower[i];
            upper[n + i] = rowUpper[i];
        }
        for (int j = 0; j < n; j++) {
            lower[j] = colLower[j];
            upper[j] = colUpper[j];
            isInt[j] = integral[j];
        }
        for (int k = 0; k < n + m; k++) {
            status[k] = (z[k] == lower[k] ? BasisStatus.AT_LOWER
                    : z[k] == upper[k] ? BasisStatus.AT_UPPER : BasisStatus.BASIC).code();
        }
        markIntegralRows(n, m, rowStart, rowCol, rowVal, isInt);
        return new LpSnapshot(n, m, m, z, lower, upper, isInt, status, cost.clone(), rowStart.clone(),
                rowCol.clone(), rowVal.clone(), null);
    }

    /** The rows of an LP as {@link #of(LpSolver, boolean[], int)} and {@link #of(SeparationContext)} read them. */
    private interface RowSource {
        int length(int i);

        int entries(int i, int[] columns, double[] values);

        double lower(int i);

        double upper(int i);

        BasisStatus status(int i);
    }

    /** Rows in CSR form. */
    private record Rows(int[] start, int[] columns, double[] values) {

        /** Copies the {@code m} rows of {@code src} and fills the row slots {@code n..n+m-1} of bounds and statuses. */
        static Rows pack(int n, int m, RowSource src, double[] lower, double[] upper, byte[] status) {
            int nnz = 0;
            int maxLen = 0;
            for (int i = 0; i < m; i++) {
                int len = src.length(i);
                nnz += len;
                maxLen = Math.max(maxLen, len);
            }
            int[] start = new int[m + 1];
            int[] col = new int[nnz];
            double[] val = new double[nnz];
            int[] cols = new int[maxLen];
            double[] vals = new double[maxLen];
            int at = 0;
            for (int i = 0; i < m; i++) {
                int len = src.entries(i, cols, vals);
                System.arraycopy(cols, 0, col, at, len);
                System.arraycopy(vals, 0, val, at, len);
                at += len;
                start[i + 1] = at;
                lower[n + i] = src.lower(i);
                upper[n + i] = src.upper(i);
                status[n + i] = src.status(i).code();
            }
            return new Rows(start, col, val);
        }
    }

    private static void markIntegralRows(int n, int m, int[] rowStart, int[] rowCol, double[] rowVal,
                                         boolean[] isInt) {
        for (int i = 0; i < m; i++) {
            boolean all = rowStart[i + 1] > rowStart[i];
            for (int k = rowStart[i]; k < rowStart[i + 1] && all; k++) {
                double v = rowVal[k];
                all = isInt[rowCol[k]] && v == Math.rint(v) && Math.abs(v) < 1e9;
            }
            isInt[n + i] = all;
        }
    }

    private void roundIntegralBounds() {
        for (int k = 0; k < n + m; k++) {
            if (integral[k]) {
                if (lower[k] > Double.NEGATIVE_INFINITY) {
                    lower[k] = Math.ceil(lower[k] - ROUND_TOL);
                }
                if (upper[k] < Double.POSITIVE_INFINITY) {
                    upper[k] = Math.floor(upper[k] + ROUND_TOL);
                }
            }
        }
    }

    /** Number of structural columns. */
    public int numColumns() {
        return n;
    }

    /** Number of LP rows (model rows and cuts). */
    public int numRows() {
        return m;
    }

    /** The first {@code modelRows()} rows are the model's; later ones are cuts. */
    public int modelRows() {
        return modelRows;
    }

    /** Value of variable {@code k} (column or row logical). */
    public double value(int k) {
        return x[k];
    }

    public double lower(int k) {
        return lower[k];
    }

    public double upper(int k) {
        return upper[k];
    }

    public boolean isIntegral(int k) {
        return integral[k];
    }

    /** Basis status of variable {@code k}. */
    public BasisStatus status(int k) {
        return BasisStatus.ofCode(status[k]);
    }

    /** Copy of the column values. */
    public double[] columnValues() {
        return Arrays.copyOf(x, n);
    }

    /** True when Gomory cuts can be derived (an LP engine with its factorization is attached). */
    public boolean hasTableau() {
        return tableau != null;
    }

    /** Fractionality {@code |x - round(x)|} of variable {@code k}. */
    double fractionality(int k) {
        return Math.abs(x[k] - Math.rint(x[k]));
    }
}
