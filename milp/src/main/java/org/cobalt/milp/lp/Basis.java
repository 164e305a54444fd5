package org.cobalt.milp.lp;

import java.util.Arrays;

/**
 * A compact simplex basis: one {@link BasisStatus} code per structural column and per row, as a
 * branch-and-bound node stores it to warm start its children. Immutable.
 *
 * <p>A basis is valid for an LP with the same numbers of columns and rows; the solver repairs one
 * that does not have exactly one basic entry per row (extra basic entries become nonbasic,
 * missing ones are filled with row logicals) or whose basis matrix is singular.
 */
public final class Basis {

    private final byte[] columns;
    private final byte[] rows;

    /** A basis from status codes (copied); every code must be a {@link BasisStatus#code()}. */
    public Basis(byte[] columnCodes, byte[] rowCodes) {
        this.columns = columnCodes.clone();
        this.rows = rowCodes.clone();
        for (byte b : columns) {
            BasisStatus.ofCode(b);
        }
        for (byte b : rows) {
            BasisStatus.ofCode(b);
        }
    }

    /** The slack basis: every row basic, every column at its lower bound. */
    public static Basis slack(int numColumns, int numRows) {
        byte[] c = new byte[numColumns];
        Arrays.fill(c, BasisStatus.AT_LOWER.code());
        return new Basis(c, new byte[numRows]);
    }

    public int numColumns() {
        return columns.length;
    }

    public int numRows() {
        return rows.length;
    }

    public BasisStatus columnStatus(int j) {
        return BasisStatus.ofCode(columns[j]);
    }

    public BasisStatus rowStatus(int i) {
        return BasisStatus.ofCode(rows[i]);
    }

    /** Copy of the column codes. */
    public byte[] columnCodes() {
        return columns.clone();
    }

    /** Copy of the row codes. */
    public byte[] rowCodes() {
        return rows.clone();
    }

    /** Number of basic columns and rows together (equals {@link #numRows()} in a proper basis). */
    public int basicCount() {
        int k = 0;
        for (byte b : columns) {
            k += b == 0 ? 1 : 0;
        }
        for (byte b : rows) {
            k += b == 0 ? 1 : 0;
        }
        return k;
    }

    /** This basis with {@code count} more rows whose logicals are basic (for appended cuts). */
    public Basis withAddedRows(int count) {
        return new Basis(columns, Arrays.copyOf(rows, rows.length + count));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Basis b && Arrays.equals(columns, b.columns) && Arrays.equals(rows, b.rows);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(columns) + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "Basis[" + columns.length + " columns, " + rows.length + " rows, " + basicCount() + " basic]";
    }
}
