package org.cobalt.robust.model;

/**
 * The cost of one fixed recourse decision as an affine function of the scenario,
 * {@code F(x, xi', y) = constant + slope . xi'}, together with its value at the scenario it was
 * computed for.
 *
 * @param value    {@code F(x, xi, y)} at the scenario of the oracle call
 * @param constant affine part
 * @param slope    gradient in {@code xi}
 */
public record AffineCost(double value, double constant, double[] slope) {

    public AffineCost {
        slope = slope.clone();
    }

    @Override
    public double[] slope() {
        return slope.clone();
    }

    public double slope(int j) {
        return slope[j];
    }

    /** {@code constant + slope . xi}. */
    public double at(double[] xi) {
        double s = constant;
        for (int j = 0; j < xi.length; j++) {
            s += slope[j] * xi[j];
        }
        return s;
    }
}
