package org.cobalt.neural.neur2ro;

/**
 * Min-max scaling of the per-item features, fitted on training data: feature {@code d} becomes
 * {@code (f - min_d) / (max_d - min_d)} (features that never vary keep scale 1).
 *
 * @param decisionMin   per-feature minima of the decision set
 * @param decisionRange per-feature ranges of the decision set
 * @param scenarioMin   per-feature minima of the scenario set
 * @param scenarioRange per-feature ranges of the scenario set
 */
public record FeatureScaler(double[] decisionMin, double[] decisionRange, double[] scenarioMin, double[] scenarioRange) {

    public FeatureScaler {
        decisionMin = decisionMin.clone();
        decisionRange = decisionRange.clone();
        scenarioMin = scenarioMin.clone();
        scenarioRange = scenarioRange.clone();
        for (double r : decisionRange) {
            check(r);
        }
        for (double r : scenarioRange) {
            check(r);
        }
    }

    private static void check(double r) {
        if (!(r > 0) || Double.isInfinite(r)) {
            throw new IllegalArgumentException("feature ranges must be positive and finite, got " + r);
        }
    }

    /** The identity scaling. */
    public static FeatureScaler identity(int decisionFeatures, int scenarioFeatures) {
        double[] one = new double[decisionFeatures];
        double[] oneXi = new double[scenarioFeatures];
        java.util.Arrays.fill(one, 1);
        java.util.Arrays.fill(oneXi, 1);
        return new FeatureScaler(new double[decisionFeatures], one, new double[scenarioFeatures], oneXi);
    }

    public SetInput scaleDecision(SetInput in) {
        return in.scaled(decisionMin, decisionRange);
    }

    public SetInput scaleScenario(SetInput in) {
        return in.scaled(scenarioMin, scenarioRange);
    }

    @Override
    public double[] decisionMin() {
        return decisionMin.clone();
    }

    @Override
    public double[] decisionRange() {
        return decisionRange.clone();
    }

    @Override
    public double[] scenarioMin() {
        return scenarioMin.clone();
    }

    @Override
    public double[] scenarioRange() {
        return scenarioRange.clone();
    }

    /** Accumulates minima and maxima of observed features. */
    public static final class Fit {
        private final double[] dMin;
        private final double[] dMax;
        private final double[] sMin;
        private final double[] sMax;

        public Fit(int decisionFeatures, int scenarioFeatures) {
            dMin = filled(decisionFeatures, Double.POSITIVE_INFINITY);
            dMax = filled(decisionFeatures, Double.NEGATIVE_INFINITY);
            sMin = filled(scenarioFeatures, Double.POSITIVE_INFINITY);
            sMax = filled(scenarioFeatures, Double.NEGATIVE_INFINITY);
        }

        private static double[] filled(int n, double v) {
            double[] a = new double[n];
            java.util.Arrays.fill(a, v);
            return a;
        }

        public void decision(double[][] features) {
            observe(features, dMin, dMax);
        }

        public void scenario(double[][] features) {
            observe(features, sMin, sMax);
        }

        private static void observe(double[][] f, double[] min, double[] max) {
            for (double[] row : f) {
                for (int d = 0; d < row.length; d++) {
                    min[d] = Math.min(min[d], row[d]);
                    max[d] = Math.max(max[d], row[d]);
                }
            }
        }

        public FeatureScaler build() {
            return new FeatureScaler(finite(dMin), range(dMin, dMax), finite(sMin), range(sMin, sMax));
        }

        private static double[] finite(double[] min) {
            double[] m = min.clone();
            for (int d = 0; d < m.length; d++) {
                m[d] = Double.isFinite(m[d]) ? m[d] : 0;
            }
            return m;
        }

        private static double[] range(double[] min, double[] max) {
            double[] r = new double[min.length];
            for (int d = 0; d < r.length; d++) {
                double w = max[d] - min[d];
                r[d] = Double.isFinite(w) && w > 1e-12 ? w : 1;
            }
            return r;
        }
    }
}
