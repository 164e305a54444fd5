package org.cobalt.milp.bb.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A cutting plane {@code lower <= sum_k coefficients[k] * x[columns[k]] <= upper} over working-model
 * columns, valid for every integer-feasible point of the working model (a global cut). One side may be
 * infinite. The constructor sorts the entries by column, merges duplicates and drops zeros, so equal cuts
 * have equal arrays.
 *
 * @param columns      working-model columns, strictly increasing after construction
 * @param coefficients their coefficients (finite, nonzero)
 * @param lower        lower side, {@code -infinity} for none
 * @param upper        upper side, {@code +infinity} for none
 * @param source       name of the separator that produced it (for statistics)
 */
public record Cut(int[] columns, double[] coefficients, double lower, double upper, String source) {

    public Cut {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(coefficients, "coefficients");
        source = source == null ? "" : source;
        if (columns.length != coefficients.length) {
            throw new IllegalArgumentException("cut has " + columns.length + " columns and " + coefficients.length
                    + " coefficients");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower == Double.POSITIVE_INFINITY
                || upper == Double.NEGATIVE_INFINITY || lower > upper) {
            throw new IllegalArgumentException("cut has invalid sides [" + lower + ", " + upper + "]");
        }
        if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("cut has no finite side");
        }
        long[] keys = new long[columns.length];
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] < 0) {
                throw new IllegalArgumentException("cut column " + columns[k]);
            }
            if (!Double.isFinite(coefficients[k])) {
                throw new IllegalArgumentException("cut coefficient " + coefficients[k]);
            }
            keys[k] = ((long) columns[k] << 32) | k;
        }
        Arrays.sort(keys);
        int[] c = new int[columns.length];
        double[] v = new double[columns.length];
        int out = 0;
        for (int a = 0; a < keys.length; ) {
            int col = (int) (keys[a] >>> 32);
            double sum = 0.0;
            while (a < keys.length && (int) (keys[a] >>> 32) == col) {
                sum += coefficients[(int) (keys[a] & 0xffffffffL)];
                a++;
            }
            if (sum != 0.0) {
                c[out] = col;
                v[out] = sum;
                out++;
            }
        }
        columns = Arrays.copyOf(c, out);
        coefficients = Arrays.copyOf(v, out);
    }

    /** A cut {@code a.x <= rhs}. */
    public static Cut lessEqual(int[] columns, double[] coefficients, double rhs, String source) {
        return new Cut(columns, coefficients, Double.NEGATIVE_INFINITY, rhs, source);
    }

    /** A cut {@code a.x >= lhs}. */
    public static Cut greaterEqual(int[] columns, double[] coefficients, double lhs, String source) {
        return new Cut(columns, coefficients, lhs, Double.POSITIVE_INFINITY, source);
    }

    /** Number of nonzeros. */
    public int size() {
        return columns.length;
    }

    /** {@code a.x} for a full column vector {@code x}. */
    public double activity(double[] x) {
        double s = 0.0;
        for (int k = 0; k < columns.length; k++) {
            s += coefficients[k] * x[columns[k]];
        }
        return s;
    }

    /** Euclidean norm of the coefficients. */
    public double norm() {
        double s = 0.0;
        for (double v : coefficients) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** How far {@code x} violates the cut (0 when it satisfies it). */
    public double violation(double[] x) {
        double a = activity(x);
        return Math.max(0.0, Math.max(lower - a, a - upper));
    }

    /** Efficacy: the Euclidean distance of {@code x} to the cut's hyperplane, {@code violation / norm}. */
    public double efficacy(double[] x) {
        double n = norm();
        return n == 0.0 ? 0.0 : violation(x) / n;
    }
}
