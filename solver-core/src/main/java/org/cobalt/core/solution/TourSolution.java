package org.cobalt.core.solution;

import java.util.Arrays;

/** A closed tour given as the sequence of visited nodes (0-based), each once; the return edge is implied. */
public final class TourSolution implements Solution {

    private final int[] order;

    public TourSolution(int[] order) {
        this.order = order.clone();
    }

    public int length() {
        return order.length;
    }

    public int node(int position) {
        return order[position];
    }

    /** Copy of the visiting order. */
    public int[] order() {
        return order.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TourSolution t && Arrays.equals(order, t.order);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(order);
    }

    @Override
    public String toString() {
        return "TourSolution[" + order.length + " nodes]";
    }
}
