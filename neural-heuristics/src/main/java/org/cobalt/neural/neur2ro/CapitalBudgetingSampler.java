package org.cobalt.neural.neur2ro;

import java.util.random.RandomGenerator;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.generate.robust.CapitalBudgetingGenerator;
import org.cobalt.instances.robust.CapitalBudgetingProblem;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.CapitalBudgetingModel;
import org.cobalt.robust.model.TwoStageModel;

/**
 * Training data for capital budgeting: instances from {@link CapitalBudgetingGenerator} (the
 * paper's scheme, n drawn from the given sizes), random robustly affordable portfolios (random
 * density, then random projects dropped until the worst-case cost fits the budget) and scenarios
 * of the box, each coordinate at a vertex ({@code +-1}) or uniform with equal odds.
 */
public final class CapitalBudgetingSampler implements Neur2roSampler {

    private final int[] sizes;
    private final int factors;

    /** Sizes 10..50 and four risk factors, as in the paper. */
    public CapitalBudgetingSampler() {
        this(new int[] {10, 20, 30, 40, 50}, 4);
    }

    public CapitalBudgetingSampler(int[] sizes, int factors) {
        this.sizes = sizes.clone();
        this.factors = factors;
    }

    @Override
    public String kind() {
        return CapitalBudgetingFeatures.KIND;
    }

    @Override
    public Problem instance(RandomGenerator rng, String name) {
        return new CapitalBudgetingGenerator(sizes[rng.nextInt(sizes.length)], factors, 0.8).generate(rng, name);
    }

    @Override
    public TwoStageModel model(Problem problem) {
        return new CapitalBudgetingModel((CapitalBudgetingProblem) problem, MilpSolve.DEFAULT);
    }

    @Override
    public boolean[] decision(Problem problem, RandomGenerator rng) {
        CapitalBudgetingProblem p = (CapitalBudgetingProblem) problem;
        int n = p.size();
        double density = rng.nextDouble();
        boolean[] x = new boolean[n];
        int chosen = 0;
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() < density;
            chosen += x[i] ? 1 : 0;
        }
        while (chosen > 0 && p.worstCaseCost(x) > p.budget()) {
            int k = rng.nextInt(chosen);
            for (int i = 0; i < n; i++) {
                if (x[i] && k-- == 0) {
                    x[i] = false;
                    chosen--;
                    break;
                }
            }
        }
        return x;
    }

    @Override
    public double[] scenario(Problem problem, boolean[] decision, RandomGenerator rng) {
        double[] xi = new double[((CapitalBudgetingProblem) problem).factors()];
        for (int j = 0; j < xi.length; j++) {
            xi[j] = rng.nextBoolean() ? (rng.nextBoolean() ? 1 : -1) : rng.nextDouble(-1, 1);
        }
        return xi;
    }
}
