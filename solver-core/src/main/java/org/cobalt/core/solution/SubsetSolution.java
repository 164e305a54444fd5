package org.cobalt.core.solution;

import java.util.Arrays;

/** A set of chosen elements (ids), e.g. the solution of a cardinality-constrained selection. */
public final class SubsetSolution implements Solution {

    private final int[] elements;

    public SubsetSolution(int[] elements) {
        this.elements = elements.clone();
    }

    public int size() {
        return elements.length;
    }

    /** Copy of the chosen element ids, in the order the solver listed them. */
    public int[] elements() {
        return elements.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubsetSolution s && Arrays.equals(elements, s.elements);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(elements);
    }

    @Override
    public String toString() {
        return "SubsetSolution[" + elements.length + " elements]";
    }
}
