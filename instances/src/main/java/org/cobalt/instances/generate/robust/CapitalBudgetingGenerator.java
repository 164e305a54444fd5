package org.cobalt.instances.generate.robust;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.cobalt.instances.robust.CapitalBudgetingProblem;

/**
 * Seeded capital budgeting instances following the scheme of the Neur2RO paper (after Subramanyam,
 * Gounaris and Wiesemann): nominal costs {@code cbar_i} uniform in {@code [1, 10]}, revenues
 * {@code rbar_i = cbar_i / 5}, budget {@code B = sum cbar / 2}, and factor loadings {@code phi_i},
 * {@code psi_i} drawn uniformly from the unit simplex in {@code R^M} (spacings of sorted uniforms).
 *
 * @param items      n
 * @param factors    M (the paper: 4)
 * @param lateFactor k (the paper: 0.8)
 */
public record CapitalBudgetingGenerator(int items, int factors, double lateFactor) {

    public CapitalBudgetingGenerator {
        if (items < 1 || factors < 1 || !(lateFactor >= 0 && lateFactor <= 1)) {
            throw new IllegalArgumentException("need items >= 1, factors >= 1 and lateFactor in [0, 1]");
        }
    }

    /** The paper's setting: M = 4, k = 0.8. */
    public CapitalBudgetingGenerator(int items) {
        this(items, 4, 0.8);
    }

    public CapitalBudgetingProblem generate(RandomGenerator rng, String name) {
        int n = items;
        double[] cost = new double[n];
        double[] revenue = new double[n];
        double[][] phi = new double[n][];
        double[][] psi = new double[n][];
        double total = 0;
        for (int i = 0; i < n; i++) {
            cost[i] = rng.nextDouble(1, 10);
            revenue[i] = cost[i] / 5;
            total += cost[i];
            phi[i] = simplex(rng);
            psi[i] = simplex(rng);
        }
        return new CapitalBudgetingProblem(name, total / 2, lateFactor, cost, revenue, phi, psi);
    }

    private double[] simplex(RandomGenerator rng) {
        double[] cut = new double[factors + 1];
        for (int j = 1; j < factors; j++) {
            cut[j] = rng.nextDouble();
        }
        cut[factors] = 1;
        Arrays.sort(cut, 1, factors);
        double[] w = new double[factors];
        for (int j = 0; j < factors; j++) {
            w[j] = cut[j + 1] - cut[j];
        }
        return w;
    }
}
