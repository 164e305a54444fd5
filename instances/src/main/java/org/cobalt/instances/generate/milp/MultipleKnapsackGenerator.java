package org.cobalt.instances.generate.milp;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;

/**
 * Random 0-1 multiple knapsack instances as used by Pisinger (1999) and Fukunaga and Korf (2007):
 * <pre>
 *   max  sum_i p_i sum_k x_ik
 *   s.t. sum_k x_ik <= 1              item rows item_i
 *        sum_i w_i x_ik <= c_k        capacity rows cap_k
 *        x binary
 * </pre>
 * Weights are uniform integers in {@code [minWeight, maxWeight]} (default [10, 1000]), profits follow the
 * {@link KnapsackCorrelation} (default uncorrelated). Capacities are "similar": {@code c_k} for
 * {@code k < m} uniform integers in {@code [0.4, 0.6] * sum w / m}, and the last one makes the total
 * half the total weight; capacities are redrawn while the last one is below the smallest weight
 * (possible when m is large; a clear error after 10 000 draws). Defaults: 50 items, 5 knapsacks. Variables are {@code x_i_k}.
 */
public final class MultipleKnapsackGenerator implements MilpGenerator {

    private static final int MAX_DRAWS = 10_000;

    private final int items;
    private final int knapsacks;
    private final int minWeight;
    private final int maxWeight;
    private final KnapsackCorrelation correlation;

    /** 50 uncorrelated items with weights and profits in [10, 1000], 5 knapsacks. */
    public MultipleKnapsackGenerator() {
        this(50, 5);
    }

    public MultipleKnapsackGenerator(int items, int knapsacks) {
        this(items, knapsacks, 10, 1000, KnapsackCorrelation.UNCORRELATED);
    }

    public MultipleKnapsackGenerator(int items, int knapsacks, int minWeight, int maxWeight,
                                     KnapsackCorrelation correlation) {
        if (items < 1 || knapsacks < 1 || minWeight < 1 || maxWeight < minWeight) {
            throw new IllegalArgumentException("need items >= 1, knapsacks >= 1 and 1 <= minWeight <= maxWeight");
        }
        this.items = items;
        this.knapsacks = knapsacks;
        this.minWeight = minWeight;
        this.maxWeight = maxWeight;
        this.correlation = Objects.requireNonNull(correlation, "correlation");
    }

    public int items() {
        return items;
    }

    public int knapsacks() {
        return knapsacks;
    }

    @Override
    public MilpModel generate(RandomGenerator rng, String name) {
        int[] weight = new int[items];
        int[] profit = new int[items];
        long total = 0;
        int smallest = Integer.MAX_VALUE;
        for (int i = 0; i < items; i++) {
            weight[i] = rng.nextInt(minWeight, maxWeight + 1);
            profit[i] = correlation.profit(weight[i], minWeight, maxWeight, rng);
            total += weight[i];
            smallest = Math.min(smallest, weight[i]);
        }
        long[] capacity = capacities(total, smallest, rng);
        MilpModel.Builder b = MilpModel.builder(name).sense(ObjectiveSense.MAXIMIZE);
        int[][] x = new int[items][knapsacks];
        for (int i = 0; i < items; i++) {
            for (int k = 0; k < knapsacks; k++) {
                x[i][k] = b.addBinary("x_" + i + "_" + k, profit[i]);
            }
        }
        for (int i = 0; i < items; i++) {
            int r = b.addRow("item_" + i, Double.NEGATIVE_INFINITY, 1.0);
            for (int k = 0; k < knapsacks; k++) {
                b.setCoefficient(r, x[i][k], 1.0);
            }
        }
        for (int k = 0; k < knapsacks; k++) {
            int r = b.addRow("cap_" + k, Double.NEGATIVE_INFINITY, capacity[k]);
            for (int i = 0; i < items; i++) {
                b.setCoefficient(r, x[i][k], weight[i]);
            }
        }
        return b.build();
    }

    private long[] capacities(long total, int smallest, RandomGenerator rng) {
        long[] c = new long[knapsacks];
        double share = (double) total / knapsacks;
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            long used = 0;
            for (int k = 0; k < knapsacks - 1; k++) {
                long lo = (long) Math.ceil(0.4 * share);
                long hi = Math.max(lo, (long) Math.floor(0.6 * share));
                c[k] = rng.nextLong(lo, hi + 1);
                used += c[k];
            }
            c[knapsacks - 1] = total / 2 - used;
            if (c[knapsacks - 1] >= smallest || knapsacks == 1) {
                return c;
            }
        }
        throw new IllegalArgumentException(knapsacks + " knapsacks: the last capacity keeps falling below the smallest"
                + " weight; use fewer knapsacks or more items");
    }
}
