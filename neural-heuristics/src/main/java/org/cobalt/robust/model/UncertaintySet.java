package org.cobalt.robust.model;

import org.cobalt.core.milp.MilpModel;

/**
 * A polyhedral uncertainty set {@code { xi : lower <= xi <= upper, A xi <= b }}: the budgeted set
 * of the knapsack ({@code [0,1]^n}, one row {@code sum xi <= Gamma}) and the boxes of capital
 * budgeting.
 *
 * @param lower componentwise lower bounds (finite)
 * @param upper componentwise upper bounds (finite)
 * @param rows  the rows of {@code A} (dense)
 * @param rhs   {@code b}
 */
public record UncertaintySet(double[] lower, double[] upper, double[][] rows, double[] rhs) {

    public UncertaintySet {
        if (lower.length != upper.length || rows.length != rhs.length) {
            throw new IllegalArgumentException("inconsistent uncertainty set dimensions");
        }
        for (int j = 0; j < lower.length; j++) {
            if (!(lower[j] <= upper[j]) || !Double.isFinite(lower[j]) || !Double.isFinite(upper[j])) {
                throw new IllegalArgumentException("uncertainty component " + j + " needs finite bounds lower <= upper");
            }
        }
        for (double[] r : rows) {
            if (r.length != lower.length) {
                throw new IllegalArgumentException("uncertainty row of the wrong length");
            }
        }
        lower = lower.clone();
        upper = upper.clone();
        rhs = rhs.clone();
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        rows = copy;
    }

    /** The box {@code [lo, hi]^dim}. */
    public static UncertaintySet box(int dim, double lo, double hi) {
        double[] l = new double[dim];
        double[] u = new double[dim];
        java.util.Arrays.fill(l, lo);
        java.util.Arrays.fill(u, hi);
        return new UncertaintySet(l, u, new double[0][], new double[0]);
    }

    /** The budgeted set {@code { xi in [0,1]^dim : sum xi <= gamma }}. */
    public static UncertaintySet budgeted(int dim, double gamma) {
        double[] ones = new double[dim];
        java.util.Arrays.fill(ones, 1.0);
        double[] l = new double[dim];
        return new UncertaintySet(l, ones.clone(), new double[][] {ones}, new double[] {gamma});
    }

    public int dimension() {
        return lower.length;
    }

    public double lower(int j) {
        return lower[j];
    }

    public double upper(int j) {
        return upper[j];
    }

    /** Adds continuous variables {@code prefix_j} for the components and the rows; returns the variable indices. */
    public int[] addTo(MilpModel.Builder b, String prefix) {
        int[] xi = new int[dimension()];
        for (int j = 0; j < xi.length; j++) {
            xi[j] = b.addContinuous(prefix + "_" + j, lower[j], upper[j], 0);
        }
        for (int i = 0; i < rows.length; i++) {
            int row = b.addRow(prefix + "_set_" + i, Double.NEGATIVE_INFINITY, rhs[i]);
            for (int j = 0; j < xi.length; j++) {
                if (rows[i][j] != 0) {
                    b.setCoefficient(row, xi[j], rows[i][j]);
                }
            }
        }
        return xi;
    }

    /** True when {@code xi} lies in the set up to {@code tol} (absolute). */
    public boolean contains(double[] xi, double tol) {
        if (xi.length != dimension()) {
            return false;
        }
        for (int j = 0; j < xi.length; j++) {
            if (!(xi[j] >= lower[j] - tol && xi[j] <= upper[j] + tol)) {
                return false;
            }
        }
        for (int i = 0; i < rows.length; i++) {
            double s = 0;
            for (int j = 0; j < xi.length; j++) {
                s += rows[i][j] * xi[j];
            }
            if (s > rhs[i] + tol) {
                return false;
            }
        }
        return true;
    }

    /**
     * A random vertex: components visited in random order, each pushed to a random bound (the
     * upper one for components constrained by rows) as far as the rows still allow. For a box
     * this is a uniformly random corner; for the budgeted set, {@code floor(Gamma)} random
     * components at 1 and one at the remainder.
     */
    public double[] randomVertex(java.util.random.RandomGenerator rng) {
        int d = dimension();
        double[] xi = new double[d];
        boolean[] inRows = new boolean[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                inRows[j] |= r[j] != 0;
            }
        }
        for (int j = 0; j < d; j++) {
            xi[j] = inRows[j] ? lower[j] : (rng.nextBoolean() ? upper[j] : lower[j]);
        }
        int[] order = new int[d];
        for (int j = 0; j < d; j++) {
            order[j] = j;
        }
        for (int j = d - 1; j > 0; j--) {
            int k = rng.nextInt(j + 1);
            int t = order[j];
            order[j] = order[k];
            order[k] = t;
        }
        for (int j : order) {
            if (!inRows[j]) {
                continue;
            }
            double room = upper[j] - lower[j];
            for (int i = 0; i < rows.length; i++) {
                if (rows[i][j] > 0) {
                    double s = 0;
                    for (int k = 0; k < d; k++) {
                        s += rows[i][k] * xi[k];
                    }
                    room = Math.min(room, (rhs[i] - s) / rows[i][j]);
                }
            }
            xi[j] += Math.max(0, room);
        }
        return xi;
    }

    /** Clips to the bounds and, for rows with non-negative coefficients, scales down into them. */
    public double[] project(double[] xi) {
        double[] p = xi.clone();
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.min(upper[j], Math.max(lower[j], p[j]));
        }
        for (int i = 0; i < rows.length; i++) {
            double s = 0;
            boolean nonNegative = true;
            for (int j = 0; j < p.length; j++) {
                s += rows[i][j] * p[j];
                nonNegative &= rows[i][j] >= 0 && lower[j] >= 0;
            }
            if (s > rhs[i] && nonNegative && s > 0) {
                double f = rhs[i] / s;
                for (int j = 0; j < p.length; j++) {
                    p[j] *= f;
                }
            }
        }
        return p;
    }
}
