package org.cobalt.core.solution;

import java.util.Arrays;

/** A processing order of jobs (0-based job indices), first job first. */
public final class SequenceSolution implements Solution {

    private final int[] sequence;

    public SequenceSolution(int[] sequence) {
        this.sequence = sequence.clone();
    }

    public int length() {
        return sequence.length;
    }

    public int job(int position) {
        return sequence[position];
    }

    /** Copy of the order. */
    public int[] sequence() {
        return sequence.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequenceSolution s && Arrays.equals(sequence, s.sequence);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sequence);
    }

    @Override
    public String toString() {
        return "SequenceSolution" + Arrays.toString(sequence.length <= 20 ? sequence : Arrays.copyOf(sequence, 20));
    }
}
