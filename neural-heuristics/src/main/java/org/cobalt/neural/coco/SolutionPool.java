package org.cobalt.neural.coco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;

/**
 * Good feasible solutions of one MILP instance with their objective values: the training labels of
 * solution prediction. Only the binary variables are stored, as bitsets (one {@code long} per 64
 * binaries), so a pool of 50 solutions of a 1000-variable instance takes 6.4 KB. Immutable; solutions
 * are sorted best first (ties by insertion order) and distinct.
 */
public final class SolutionPool {

    private final String instance;
    private final boolean maximize;
    private final int numVariables;
    private final int[] binaries;
    private final long[][] bits;
    private final double[] objectives;

    SolutionPool(String instance, boolean maximize, int numVariables, int[] binaries, long[][] bits, double[] objectives) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.maximize = maximize;
        this.numVariables = numVariables;
        this.binaries = binaries.clone();
        if (bits.length != objectives.length) {
            throw new IllegalArgumentException(bits.length + " solutions but " + objectives.length + " objective values");
        }
        int words = words(binaries.length);
        this.bits = new long[bits.length][];
        for (int k = 0; k < bits.length; k++) {
            if (bits[k].length != words) {
                throw new IllegalArgumentException("solution " + k + " has " + bits[k].length + " words, expected " + words);
            }
            this.bits[k] = bits[k].clone();
        }
        this.objectives = objectives.clone();
        for (int k = 1; k < objectives.length; k++) {
            if (better(objectives[k], objectives[k - 1])) {
                throw new IllegalArgumentException("solutions are not sorted best first at " + k);
            }
        }
    }

    static int words(int n) {
        return (n + 63) >>> 6;
    }

    private boolean better(double a, double b) {
        return maximize ? a > b : a < b;
    }

    /** A builder for a pool of {@code model}'s binaries. */
    public static Builder builder(MilpModel model) {
        return new Builder(model);
    }

    /** Instance name. */
    public String instance() {
        return instance;
    }

    /** True when the instance maximizes. */
    public boolean maximize() {
        return maximize;
    }

    /** Variable count of the instance. */
    public int numVariables() {
        return numVariables;
    }

    /** Number of labelled binaries. */
    public int numBinaries() {
        return binaries.length;
    }

    /** Model index of the {@code i}-th labelled binary. */
    public int binary(int i) {
        return binaries[i];
    }

    /** Model indices of the labelled binaries. */
    public int[] binaries() {
        return binaries.clone();
    }

    /** Number of solutions. */
    public int size() {
        return objectives.length;
    }

    /** True without solutions. */
    public boolean isEmpty() {
        return objectives.length == 0;
    }

    /** Objective of solution {@code k} (0 = best). */
    public double objective(int k) {
        return objectives[k];
    }

    /** Value (0/1) of the {@code i}-th labelled binary in solution {@code k}. */
    public boolean value(int k, int i) {
        return (bits[k][i >>> 6] & (1L << (i & 63))) != 0;
    }

    /** The raw bitset of solution {@code k} (a copy). */
    public long[] bits(int k) {
        return bits[k].clone();
    }

    /** Solution {@code k} as a full assignment: binaries from the pool, every other variable 0. */
    public double[] values(int k) {
        double[] x = new double[numVariables];
        for (int i = 0; i < binaries.length; i++) {
            if (value(k, i)) {
                x[binaries[i]] = 1.0;
            }
        }
        return x;
    }

    /**
     * Primal gap of solution {@code k} to the best one, {@code |obj_k - obj_0| / max(|obj_0|, 1)}; 0 for
     * the best.
     */
    public double gap(int k) {
        return Math.abs(objectives[k] - objectives[0]) / Math.max(Math.abs(objectives[0]), 1.0);
    }

    /** The first {@code n} solutions (all if fewer). */
    public SolutionPool limit(int n) {
        int m = Math.min(n, size());
        return new SolutionPool(instance, maximize, numVariables, binaries, Arrays.copyOf(bits, m), Arrays.copyOf(objectives, m));
    }

    /** The solutions within primal gap {@code maxGap} of the best. */
    public SolutionPool withinGap(double maxGap) {
        int m = 0;
        while (m < size() && gap(m) <= maxGap) {
            m++;
        }
        return limit(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SolutionPool p && instance.equals(p.instance) && maximize == p.maximize
                && numVariables == p.numVariables && Arrays.equals(binaries, p.binaries)
                && Arrays.deepEquals(bits, p.bits) && Arrays.equals(objectives, p.objectives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instance, numVariables, Arrays.hashCode(objectives));
    }

    @Override
    public String toString() {
        return "SolutionPool[" + instance + ", " + size() + " solutions over " + binaries.length + " binaries"
                + (isEmpty() ? "" : ", best " + objectives[0]) + "]";
    }

    /** Collects solutions, dropping duplicates (same binaries), and sorts them best first. */
    public static final class Builder {
        private final String instance;
        private final boolean maximize;
        private final int numVariables;
        private final int[] binaries;
        private final List<long[]> bits = new ArrayList<>();
        private final List<Double> objectives = new ArrayList<>();
        private final Set<BitKey> seen = new HashSet<>();

        private Builder(MilpModel model) {
            this.instance = model.name();
            this.maximize = model.sense() == ObjectiveSense.MAXIMIZE;
            this.numVariables = model.numVariables();
            int n = 0;
            int[] b = new int[model.numVariables()];
            for (int j = 0; j < model.numVariables(); j++) {
                if (model.type(j) == VarType.BINARY) {
                    b[n++] = j;
                }
            }
            this.binaries = Arrays.copyOf(b, n);
        }

        /** The bitset of an assignment's binaries (values above 0.5 count as 1). */
        public long[] encode(double[] values) {
            if (values.length != numVariables) {
                throw new IllegalArgumentException("expected " + numVariables + " values, got " + values.length);
            }
            long[] w = new long[words(binaries.length)];
            for (int i = 0; i < binaries.length; i++) {
                if (values[binaries[i]] > 0.5) {
                    w[i >>> 6] |= 1L << (i & 63);
                }
            }
            return w;
        }

        /** Adds a solution; returns false when its binaries equal those of one already added. */
        public boolean add(double[] values, double objective) {
            if (Double.isNaN(objective)) {
                throw new IllegalArgumentException("objective must be a number");
            }
            long[] w = encode(values);
            if (!seen.add(new BitKey(w))) {
                return false;
            }
            bits.add(w);
            objectives.add(objective);
            return true;
        }

        /** Solutions added so far. */
        public int size() {
            return bits.size();
        }

        /** The pool, best first. */
        public SolutionPool build() {
            Integer[] order = new Integer[bits.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Comparator<Integer> byObjective = Comparator.comparingDouble(objectives::get);
            Arrays.sort(order, maximize ? byObjective.reversed() : byObjective);
            long[][] b = new long[order.length][];
            double[] o = new double[order.length];
            for (int k = 0; k < order.length; k++) {
                b[k] = bits.get(order[k]);
                o[k] = objectives.get(order[k]);
            }
            return new SolutionPool(instance, maximize, numVariables, binaries, b, o);
        }
    }

    /** Bitset identity for duplicate detection. */
    private record BitKey(long[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BitKey k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }
}
