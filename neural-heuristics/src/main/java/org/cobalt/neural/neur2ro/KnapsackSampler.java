package org.cobalt.neural.neur2ro;

import java.util.random.RandomGenerator;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.generate.robust.ProfitCorrelation;
import org.cobalt.instances.generate.robust.RobustKnapsackGenerator;
import org.cobalt.instances.robust.RobustKnapsackProblem;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.RobustKnapsackModel;
import org.cobalt.robust.model.TwoStageModel;

/**
 * Training data for the robust knapsack, following the Neur2RO scheme: instances from the
 * Arslan–Detienne generator with every parameter drawn from the grid of the public sets (n in
 * 20..80, all four classes, h in {40, 80}, delta in {0.1, 0.5, 1}, Gamma/n in {0.1, 0.15, 0.2});
 * decisions with a random density; scenarios either near a vertex of the budget set (Gamma items
 * fully degraded) or random points of it, half of them degrading only produced items, where
 * degradation matters.
 */
public final class KnapsackSampler implements Neur2roSampler {

    private static final int[] SIZES = {20, 30, 40, 50, 60, 70, 80};
    private static final int[] H = {40, 80};
    private static final double[] DELTA = {0.1, 0.5, 1.0};
    private static final double[] BUDGET = {0.1, 0.15, 0.2};

    private final int[] sizes;

    /** The public sets' sizes 20..80. */
    public KnapsackSampler() {
        this(SIZES);
    }

    /** Instances with sizes drawn from {@code sizes}. */
    public KnapsackSampler(int[] sizes) {
        this.sizes = sizes.clone();
    }

    @Override
    public String kind() {
        return KnapsackFeatures.KIND;
    }

    @Override
    public Problem instance(RandomGenerator rng, String name) {
        ProfitCorrelation[] c = ProfitCorrelation.values();
        return new RobustKnapsackGenerator(sizes[rng.nextInt(sizes.length)], c[rng.nextInt(c.length)],
                H[rng.nextInt(H.length)], DELTA[rng.nextInt(DELTA.length)], BUDGET[rng.nextInt(BUDGET.length)])
                .generate(rng, name);
    }

    @Override
    public TwoStageModel model(Problem problem) {
        return new RobustKnapsackModel((RobustKnapsackProblem) problem, MilpSolve.DEFAULT);
    }

    @Override
    public boolean[] decision(Problem problem, RandomGenerator rng) {
        int n = ((RobustKnapsackProblem) problem).size();
        double density = rng.nextDouble();
        boolean[] x = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() < density;
        }
        return x;
    }

    @Override
    public double[] scenario(Problem problem, boolean[] decision, RandomGenerator rng) {
        RobustKnapsackProblem p = (RobustKnapsackProblem) problem;
        int n = p.size();
        int[] pool = new int[n];
        int size = 0;
        boolean producedOnly = rng.nextBoolean();
        for (int i = 0; i < n; i++) {
            if (!producedOnly || decision[i]) {
                pool[size++] = i;
            }
        }
        if (size == 0) {
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            size = n;
        }
        double[] xi = new double[n];
        double budget = p.gamma() * (rng.nextDouble() < 0.5 ? 1 : rng.nextDouble());
        if (rng.nextBoolean()) {
            // near a vertex: whole units of budget on random items, the remainder on one more
            for (int k = size - 1; k > 0; k--) {
                int j = rng.nextInt(k + 1);
                int t = pool[k];
                pool[k] = pool[j];
                pool[j] = t;
            }
            double left = budget;
            for (int k = 0; k < size && left > 1e-12; k++) {
                xi[pool[k]] = Math.min(1, left);
                left -= xi[pool[k]];
            }
        } else {
            double total = 0;
            double[] w = new double[size];
            for (int k = 0; k < size; k++) {
                w[k] = -Math.log(1 - rng.nextDouble());
                total += w[k];
            }
            for (int k = 0; k < size; k++) {
                xi[pool[k]] = Math.min(1, budget * w[k] / total);
            }
        }
        return xi;
    }
}
