package org.cobalt.bench.compare;

import java.util.Arrays;

/**
 * The comparison metrics, as pure functions over primitive arrays. Definitions follow the usual
 * benchmarking conventions (Achterberg 2007 for shifted geometric means, Berthold 2013 for primal gap
 * and primal integral, Dolan and Moré 2002 for performance profiles).
 */
public final class Metrics {
    /** Relative differences below this are rounding noise, not a gap. */
    public static final double GAP_NOISE = 1e-12;


    private Metrics() {
    }

    /**
     * Shifted geometric mean {@code exp(mean(ln(v_i + s))) - s}; NaN for no values.
     *
     * @param values non-negative values
     * @param shift  the shift s (10 s for times, 100 for node counts)
     */
    public static double shiftedGeometricMean(double[] values, double shift) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0.0;
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("shifted geometric mean needs finite non-negative values, got " + v);
            }
            sum += Math.log(v + shift);
        }
        return Math.exp(sum / values.length) - shift;
    }

    /**
     * Primal gap of a value against a reference (Berthold 2013): 0 when both are 0 (or equal), 1 when
     * their signs differ or there is no value, otherwise {@code |v - ref| / max(|v|, |ref|)}, in [0, 1].
     * Differences below {@link #GAP_NOISE} relative are floating-point noise (two solvers printing the same
     * optimum in different last digits) and count as 0.
     */
    public static double primalGap(double value, double reference) {
        if (Double.isNaN(value) || Double.isNaN(reference)) {
            return 1.0;
        }
        if (value == reference) {
            return 0.0;
        }
        if (value * reference < 0) {
            return 1.0;
        }
        double gap = Math.abs(value - reference) / Math.max(Math.abs(value), Math.abs(reference));
        return gap < GAP_NOISE ? 0.0 : gap;
    }

    /**
     * Primal integral {@code ∫_0^end p(t) dt} of the step function p, where p(t) is the primal gap of
     * the best incumbent found up to t (1 before the first one).
     *
     * @param times      times of successive incumbents (non-decreasing)
     * @param objectives their objective values
     * @param reference  optimum or best known value
     * @param end        end of the run
     * @return the integral in the unit of {@code times} (seconds): 0 for a run that starts optimal, {@code end} for one that never finds a solution
     */
    public static double primalIntegral(double[] times, double[] objectives, double reference, double end) {
        if (times.length != objectives.length) {
            throw new IllegalArgumentException("times and objectives differ in length");
        }
        double integral = 0.0;
        double previousTime = 0.0;
        double gap = 1.0;
        for (int i = 0; i < times.length; i++) {
            double t = Math.min(Math.max(times[i], previousTime), end);
            integral += gap * (t - previousTime);
            previousTime = t;
            gap = primalGap(objectives[i], reference);
        }
        integral += gap * Math.max(0.0, end - previousTime);
        return integral;
    }

    /**
     * Performance ratios per problem: {@code r[p][s] = t[p][s] / min_s t[p][s]}, infinite where
     * solver s failed ({@code t = +inf}) or nobody solved p. Times below {@code floor} count as
     * {@code floor}, so instant solves do not give infinite ratios.
     *
     * @param times times[p][s], {@code Double.POSITIVE_INFINITY} for a failure
     */
    public static double[][] performanceRatios(double[][] times, double floor) {
        double[][] r = new double[times.length][];
        for (int p = 0; p < times.length; p++) {
            double best = Double.POSITIVE_INFINITY;
            for (double t : times[p]) {
                best = Math.min(best, Math.max(t, floor));
            }
            r[p] = new double[times[p].length];
            for (int s = 0; s < times[p].length; s++) {
                double t = times[p][s];
                r[p][s] = Double.isInfinite(best) || Double.isInfinite(t) ? Double.POSITIVE_INFINITY : Math.max(t, floor) / best;
            }
        }
        return r;
    }

    /**
     * The Dolan–Moré profile of one solver: {@code rho(tau)}, the fraction of problems whose ratio is
     * at most tau, evaluated at the given taus.
     */
    public static double[] profile(double[] ratios, double[] taus) {
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        double[] rho = new double[taus.length];
        for (int i = 0; i < taus.length; i++) {
            int count = upperBound(sorted, taus[i]);
            rho[i] = ratios.length == 0 ? 0.0 : (double) count / ratios.length;
        }
        return rho;
    }

    private static int upperBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Arithmetic mean; NaN for no values. */
    public static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** Median (mean of the two middle values for even counts); NaN for no values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
    }
}
