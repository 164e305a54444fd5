package org.cobalt.core.verify;

/** Neumaier-compensated summation, so recomputed objectives do not depend on summation order. */
final class Accumulator {

    private double sum;
    private double compensation;

    void add(double v) {
        double t = sum + v;
        if (Math.abs(sum) >= Math.abs(v)) {
            compensation += (sum - t) + v;
        } else {
            compensation += (v - t) + sum;
        }
        sum = t;
    }

    double value() {
        return sum + compensation;
    }
}
