package org.cobalt.submodular.function;

import java.util.Arrays;
import java.util.Objects;
import org.cobalt.submodular.data.Graph;

/**
 * Weighted coverage: element {@code e} covers a set {@code C(e)} of items, item {@code i} has weight
 * {@code w(i) >= 0}, and {@code f(S) = sum of w(i) over the union of C(e), e in S}. Stored in CSR
 * form (offsets into one item array); the unit-weight case needs no weight array.
 *
 * <p>Graph (neighbourhood) coverage is the special case where node {@code v} covers its closed
 * neighbourhood {@code {v} + N(v)}: see {@link #graphNeighbourhoods(String, Graph)}.
 */
public final class CoverageFunction implements SetFunction {

    private final String name;
    private final int[] offsets;
    private final int[] items;
    private final int itemCount;
    private final double[] weights;

    private CoverageFunction(String name, int[] offsets, int[] items, int itemCount, double[] weights) {
        this.name = name;
        this.offsets = offsets;
        this.items = items;
        this.itemCount = itemCount;
        this.weights = weights;
    }

    /**
     * A coverage function from CSR arrays: element {@code e} covers
     * {@code items[offsets[e] .. offsets[e+1])}. Duplicate items within one set are removed;
     * {@code weights} may be null for unit weights, else it needs one finite non-negative weight per item.
     */
    public static CoverageFunction of(String name, int[] offsets, int[] items, int itemCount, double[] weights) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(items, "items");
        if (offsets.length < 1 || offsets[0] != 0 || offsets[offsets.length - 1] != items.length) {
            throw new IllegalArgumentException("offsets must start at 0 and end at items.length");
        }
        if (itemCount < 0) {
            throw new IllegalArgumentException("negative item count " + itemCount);
        }
        if (weights != null) {
            if (weights.length != itemCount) {
                throw new IllegalArgumentException("need " + itemCount + " item weights, got " + weights.length);
            }
            for (int i = 0; i < weights.length; i++) {
                if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                    throw new IllegalArgumentException("item " + i + " has weight " + weights[i] + "; weights must be finite and >= 0");
                }
            }
        }
        int n = offsets.length - 1;
        int[] newOffsets = new int[n + 1];
        int[] newItems = new int[items.length];
        int w = 0;
        for (int e = 0; e < n; e++) {
            int from = offsets[e];
            int to = offsets[e + 1];
            if (to < from) {
                throw new IllegalArgumentException("offsets decrease at element " + e);
            }
            int[] set = Arrays.copyOfRange(items, from, to);
            Arrays.sort(set);
            int prev = -1;
            for (int it : set) {
                if (it < 0 || it >= itemCount) {
                    throw new IllegalArgumentException("element " + e + " covers item " + it + " outside [0, " + itemCount + ")");
                }
                if (it != prev) {
                    newItems[w++] = it;
                    prev = it;
                }
            }
            newOffsets[e + 1] = w;
        }
        return new CoverageFunction(name, newOffsets, Arrays.copyOf(newItems, w), itemCount,
                weights == null ? null : weights.clone());
    }

    /** Weighted coverage from explicit sets ({@code sets[e]} are the items element {@code e} covers). */
    public static CoverageFunction weighted(String name, int[][] sets, double[] weights) {
        Objects.requireNonNull(sets, "sets");
        Objects.requireNonNull(weights, "weights");
        int[] offsets = new int[sets.length + 1];
        for (int e = 0; e < sets.length; e++) {
            offsets[e + 1] = offsets[e] + sets[e].length;
        }
        int[] items = new int[offsets[sets.length]];
        for (int e = 0; e < sets.length; e++) {
            System.arraycopy(sets[e], 0, items, offsets[e], sets[e].length);
        }
        return of(name, offsets, items, weights.length, weights);
    }

    /**
     * Neighbourhood coverage of an undirected graph: the ground set and the items are the nodes,
     * node {@code v} covers {@code {v} + N(v)}, all weights 1; {@code f(S) = |S + N(S)|}.
     */
    public static CoverageFunction graphNeighbourhoods(String name, Graph graph) {
        int n = graph.nodeCount();
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + graph.degree(v) + 1;
        }
        int[] items = new int[offsets[n]];
        for (int v = 0; v < n; v++) {
            int p = offsets[v];
            items[p++] = v;
            for (int u : graph.neighbours(v)) {
                items[p++] = u;
            }
        }
        return of(name, offsets, items, n, null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int groundSize() {
        return offsets.length - 1;
    }

    /** Number of items that can be covered. */
    public int itemCount() {
        return itemCount;
    }

    /** Size of the set element {@code e} covers. */
    public int setSize(int e) {
        return offsets[e + 1] - offsets[e];
    }

    /** Total weight of all items (an upper bound on {@code f}). */
    public double totalWeight() {
        if (weights == null) {
            return itemCount;
        }
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    @Override
    public FunctionState newState() {
        return new State();
    }

    @Override
    public double singleton(int e) {
        checkElement(e);
        if (weights == null) {
            return offsets[e + 1] - offsets[e];
        }
        double g = 0;
        for (int p = offsets[e], end = offsets[e + 1]; p < end; p++) {
            g += weights[items[p]];
        }
        return g;
    }

    private double weight(int item) {
        return weights == null ? 1.0 : weights[item];
    }

    /** Covered-count per item; the value is the weight of items with a positive count. */
    private final class State implements FunctionState {
        private int[] counts;
        private final java.util.BitSet members = new java.util.BitSet();
        private int[] memberList = new int[8];
        private int size;
        private double value;

        private int[] counts() {
            if (counts == null) {
                counts = new int[itemCount];
            }
            return counts;
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double gain(int e) {
            checkElement(e);
            if (members.get(e)) {
                return 0.0;
            }
            int[] c = counts();
            double g = 0;
            for (int p = offsets[e], end = offsets[e + 1]; p < end; p++) {
                int it = items[p];
                if (c[it] == 0) {
                    g += weight(it);
                }
            }
            return g;
        }

        @Override
        public double add(int e) {
            checkElement(e);
            if (members.get(e)) {
                return 0.0;
            }
            int[] c = counts();
            double g = 0;
            for (int p = offsets[e], end = offsets[e + 1]; p < end; p++) {
                int it = items[p];
                if (c[it]++ == 0) {
                    g += weight(it);
                }
            }
            members.set(e);
            if (size == memberList.length) {
                memberList = Arrays.copyOf(memberList, size * 2);
            }
            memberList[size++] = e;
            value += g;
            return g;
        }

        @Override
        public boolean contains(int e) {
            return e >= 0 && members.get(e);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            // per member, so that clearing costs the members' sets, not the ground set
            for (int i = 0; i < size; i++) {
                int e = memberList[i];
                members.clear(e);
                if (counts != null) {
                    for (int p = offsets[e], end = offsets[e + 1]; p < end; p++) {
                        counts[items[p]] = 0;
                    }
                }
            }
            size = 0;
            value = 0;
        }
    }
}
