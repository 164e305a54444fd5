package org.cobalt.instances.generate.milp;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;

/**
 * Random 0-1 knapsack instances in the classic classes of Martello, Pisinger and Toth (1999):
 * {@code max p.x} subject to {@code w.x <= C}, {@code x} binary. Weights are uniform integers in
 * {@code [1, range]}, profits follow the {@link KnapsackCorrelation}, and the capacity is
 * {@code floor(capacityFraction * sum w)}. Defaults: 100 items, range 1000, uncorrelated, capacity half
 * the total weight. Variables are {@code x_i}, the row is {@code capacity}.
 */
public final class KnapsackGenerator implements MilpGenerator {

    private final int items;
    private final int range;
    private final KnapsackCorrelation correlation;
    private final double capacityFraction;

    /** 100 uncorrelated items with weights and profits in [1, 1000], capacity half the total weight. */
    public KnapsackGenerator() {
        this(100, 1000, KnapsackCorrelation.UNCORRELATED, 0.5);
    }

    public KnapsackGenerator(int items, int range, KnapsackCorrelation correlation, double capacityFraction) {
        if (items < 1 || range < 1 || !(capacityFraction > 0 && capacityFraction < 1)) {
            throw new IllegalArgumentException("need items >= 1, range >= 1 and capacityFraction in (0, 1)");
        }
        this.items = items;
        this.range = range;
        this.correlation = Objects.requireNonNull(correlation, "correlation");
        this.capacityFraction = capacityFraction;
    }

    public int items() {
        return items;
    }

    public int range() {
        return range;
    }

    public KnapsackCorrelation correlation() {
        return correlation;
    }

    public double capacityFraction() {
        return capacityFraction;
    }

    @Override
    public MilpModel generate(RandomGenerator rng, String name) {
        int[] weight = new int[items];
        int[] profit = new int[items];
        long total = 0;
        for (int i = 0; i < items; i++) {
            weight[i] = rng.nextInt(1, range + 1);
            profit[i] = correlation.profit(weight[i], 1, range, rng);
            total += weight[i];
        }
        MilpModel.Builder b = MilpModel.builder(name).sense(ObjectiveSense.MAXIMIZE);
        int[] cols = new int[items];
        double[] w = new double[items];
        for (int i = 0; i < items; i++) {
            cols[i] = b.addBinary("x_" + i, profit[i]);
            w[i] = weight[i];
        }
        b.addRow("capacity", Double.NEGATIVE_INFINITY, Math.floor(capacityFraction * total), cols, w);
        return b.build();
    }
}
