package org.cobalt.core.routing;

import java.util.Arrays;

/** Distances given explicitly as a full n-by-n matrix (TSPLIB EXPLICIT instances). */
public final class MatrixMetric implements Metric {

    private final int n;
    private final double[] d;
    private final boolean symmetric;
    private final boolean integral;

    /**
     * @param n      number of nodes
     * @param matrix row-major n*n distances; the diagonal is ignored by tours
     */
    public MatrixMetric(int n, double[] matrix) {
        if (n < 0 || matrix.length != (long) n * n) {
            throw new IllegalArgumentException("a " + n + "-node matrix needs " + ((long) n * n) + " entries, got " + matrix.length);
        }
        boolean sym = true;
        boolean integ = true;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = matrix[i * n + j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("distance " + i + "->" + j + " is " + v);
                }
                if (v != Math.rint(v)) {
                    integ = false;
                }
                if (j > i && v != matrix[j * n + i]) {
                    sym = false;
                }
            }
        }
        this.n = n;
        this.d = matrix.clone();
        this.symmetric = sym;
        this.integral = integ;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public double distance(int i, int j) {
        return d[i * n + j];
    }

    @Override
    public boolean isSymmetric() {
        return symmetric;
    }

    @Override
    public boolean isIntegral() {
        return integral;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixMetric m && n == m.n && Arrays.equals(d, m.d);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(d);
    }

    @Override
    public String toString() {
        return "MatrixMetric[" + n + " nodes" + (symmetric ? "" : ", asymmetric") + "]";
    }
}
