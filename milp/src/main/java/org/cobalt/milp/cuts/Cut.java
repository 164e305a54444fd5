package org.cobalt.milp.cuts;

import java.util.Arrays;
import java.util.Objects;

/**
 * A cutting plane {@code sum_k values[k] x[columns[k]] <= rhs} over the structural columns of a
 * model, valid for every integer-feasible point within the bounds it was derived for (the global
 * bounds at the root). Columns are distinct and increasing; values are finite and nonzero.
 * Immutable: the arrays are copied in and never exposed.
 */
public final class Cut {

    private final CutKind kind;
    private final int[] columns;
    private final double[] values;
    private final double rhs;

    /**
     * @throws IllegalArgumentException on mismatched lengths, unsorted or repeated columns, or
     *                                  non-finite numbers
     */
    public Cut(CutKind kind, int[] columns, double[] values, double rhs) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (columns.length != values.length) {
            throw new IllegalArgumentException(columns.length + " columns but " + values.length + " values");
        }
        if (!Double.isFinite(rhs)) {
            throw new IllegalArgumentException("cut rhs " + rhs);
        }
        for (int k = 0; k < columns.length; k++) {
            if (k > 0 && columns[k] <= columns[k - 1]) {
                throw new IllegalArgumentException("cut columns must be increasing: " + Arrays.toString(columns));
            }
            if (!Double.isFinite(values[k]) || values[k] == 0.0) {
                throw new IllegalArgumentException("cut coefficient " + values[k] + " of column " + columns[k]);
            }
        }
        this.columns = columns.clone();
        this.values = values.clone();
        this.rhs = rhs;
    }

    public CutKind kind() {
        return kind;
    }

    /** Number of nonzero coefficients. */
    public int size() {
        return columns.length;
    }

    public int column(int k) {
        return columns[k];
    }

    public double value(int k) {
        return values[k];
    }

    public double rhs() {
        return rhs;
    }

    /** Copy of the columns. */
    public int[] columns() {
        return columns.clone();
    }

    /** Copy of the coefficients. */
    public double[] values() {
        return values.clone();
    }

    /** {@code a.x} for a point over all columns. */
    public double activity(double[] x) {
        double s = 0.0;
        for (int k = 0; k < columns.length; k++) {
            s += values[k] * x[columns[k]];
        }
        return s;
    }

    /** {@code a.x - rhs}: positive when the point violates the cut. */
    public double violation(double[] x) {
        return activity(x) - rhs;
    }

    /** Euclidean norm of the coefficients. */
    public double norm() {
        double s = 0.0;
        for (double v : values) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** Violation over norm: the Euclidean distance the cut moves past the point. */
    public double efficacy(double[] x) {
        double norm = norm();
        return norm > 0 ? violation(x) / norm : 0.0;
    }

    /** {@code |cos|} of the angle between two cuts' normals (1 for parallel cuts). */
    public double parallelism(Cut other) {
        double dot = 0.0;
        int a = 0;
        int b = 0;
        while (a < columns.length && b < other.columns.length) {
            int ca = columns[a];
            int cb = other.columns[b];
            if (ca == cb) {
                dot += values[a++] * other.values[b++];
            } else if (ca < cb) {
                a++;
            } else {
                b++;
            }
        }
        double den = norm() * other.norm();
        return den > 0 ? Math.abs(dot) / den : 0.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cut c && kind == c.kind && Double.compare(rhs, c.rhs) == 0
                && Arrays.equals(columns, c.columns) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rhs, Arrays.hashCode(columns), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name()).append('[');
        for (int k = 0; k < columns.length && k < 8; k++) {
            sb.append(k == 0 ? "" : " + ").append(values[k]).append(" x").append(columns[k]);
        }
        if (columns.length > 8) {
            sb.append(" + ... (").append(columns.length).append(" terms)");
        }
        return sb.append(" <= ").append(rhs).append(']').toString();
    }
}
