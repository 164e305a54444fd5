package org.cobalt.submodular.bench;

/**
 * Least-squares fits of a cost curve {@code c(n)} on a few sizes: a power law
 * {@code c = a n^b} (regressing {@code ln c} on {@code ln n}) and a polylogarithm
 * {@code c = a (ln n)^p} (regressing {@code ln c} on {@code ln ln n}). Polylogarithmic growth shows
 * as a power-law exponent near zero (or below) with a small polylog degree.
 *
 * @param powerExponent   {@code b}
 * @param powerR2         coefficient of determination of the power fit
 * @param polylogDegree   {@code p}
 * @param polylogR2       coefficient of determination of the polylog fit
 */
public record GrowthFit(double powerExponent, double powerR2, double polylogDegree, double polylogR2) {

    /** Fits {@code costs[i]} at sizes {@code sizes[i]} (all positive; at least two points). */
    public static GrowthFit of(double[] sizes, double[] costs) {
        if (sizes.length != costs.length || sizes.length < 2) {
            throw new IllegalArgumentException("need at least two (size, cost) points");
        }
        int m = sizes.length;
        double[] y = new double[m];
        double[] x1 = new double[m];
        double[] x2 = new double[m];
        for (int i = 0; i < m; i++) {
            if (!(sizes[i] > Math.E) || !(costs[i] > 0)) {
                throw new IllegalArgumentException("sizes must exceed e and costs be positive");
            }
            y[i] = Math.log(costs[i]);
            x1[i] = Math.log(sizes[i]);
            x2[i] = Math.log(Math.log(sizes[i]));
        }
        double[] p = line(x1, y);
        double[] q = line(x2, y);
        return new GrowthFit(p[0], p[1], q[0], q[1]);
    }

    /** Slope and R^2 of the least-squares line through (x, y). */
    private static double[] line(double[] x, double[] y) {
        int m = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < m; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= m;
        my /= m;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < m; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1.0 : (sxy * sxy) / (sxx * syy);
        return new double[] {slope, r2};
    }
}
