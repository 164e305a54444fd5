package org.cobalt.neural.runtime;

import java.util.Arrays;

/**
 * A model's output on the host.
 *
 * @param shape  tensor shape
 * @param values row-major values
 */
public record ModelOutput(int[] shape, float[] values) {

    /** Checks that the values fill the shape. */
    public ModelOutput {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold " + values.length + " values");
        }
    }

    /** Largest absolute element-wise difference to {@code other} (same shape required). */
    public double maxAbsDiff(ModelOutput other) {
        if (!Arrays.equals(shape, other.shape)) {
            throw new IllegalArgumentException("shapes differ: " + Arrays.toString(shape) + " vs " + Arrays.toString(other.shape));
        }
        double m = 0;
        for (int i = 0; i < values.length; i++) {
            m = Math.max(m, Math.abs((double) values[i] - other.values[i]));
        }
        return m;
    }
}
