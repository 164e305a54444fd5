package org.cobalt.bench.report;

/**
 * The shifted geometric mean {@code exp(mean(ln(x_i + s))) - s}, the usual summary of solve times
 * (shift 10 s) and node counts (shift 100): unlike the arithmetic mean it is not dominated by a
 * few long runs, and unlike the plain geometric mean it does not overweight tiny values.
 */
public final class ShiftedGeometricMean {

    /** The time shift used by cobalt's reports, in seconds. */
    public static final double TIME_SHIFT = 10.0;

    /** The node-count shift used by cobalt's reports. */
    public static final double NODE_SHIFT = 100.0;

    private ShiftedGeometricMean() {
    }

    /**
     * The shifted geometric mean of {@code values} (each must be {@code >= 0} and finite), or NaN
     * for an empty array.
     */
    public static double of(double[] values, double shift) {
        if (!(shift >= 0) || Double.isInfinite(shift)) {
            throw new IllegalArgumentException("shift must be a finite non-negative number, got " + shift);
        }
        if (values.length == 0) {
            return Double.NaN;
        }
        double sumLog = 0;
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("values must be finite and non-negative, got " + v);
            }
            sumLog += Math.log(v + shift);
        }
        return Math.exp(sumLog / values.length) - shift;
    }
}
