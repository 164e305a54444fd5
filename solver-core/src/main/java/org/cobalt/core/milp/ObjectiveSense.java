package org.cobalt.core.milp;

/** Direction of optimization. */
public enum ObjectiveSense {
    MINIMIZE,
    MAXIMIZE;

    /** +1 for minimization, -1 for maximization: multiply an objective by this to minimize. */
    public double sign() {
        return this == MINIMIZE ? 1.0 : -1.0;
    }

    /** True if {@code a} is strictly better than {@code b} in this sense. */
    public boolean isBetter(double a, double b) {
        return this == MINIMIZE ? a < b : a > b;
    }
}
