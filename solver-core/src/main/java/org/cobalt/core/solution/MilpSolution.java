package org.cobalt.core.solution;

import java.util.Arrays;

/** Values of all variables of a MILP, in the model's variable order. */
public final class MilpSolution implements Solution {

    private final double[] values;

    public MilpSolution(double[] values) {
        this.values = values.clone();
    }

    public int size() {
        return values.length;
    }

    public double value(int j) {
        return values[j];
    }

    /** Copy of all values. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MilpSolution s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MilpSolution[" + values.length + " values]";
    }
}
