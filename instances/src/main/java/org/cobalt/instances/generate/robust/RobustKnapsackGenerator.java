package org.cobalt.instances.generate.robust;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.cobalt.instances.robust.RobustKnapsackProblem;

/**
 * Seeded two-stage robust knapsack instances following the generation scheme of Arslan and
 * Detienne, as described in the Neur2RO paper's appendix: weights {@code c_i} uniform in
 * {@code [1, R]}, capacity {@code floor(h / (H + 1) * sum c)}, nominal profits by
 * {@link ProfitCorrelation}, degradations {@code phat_i = pbar_i * U[(1 - delta) / 2, (1 + delta) / 2]},
 * outsourcing costs {@code f_i = pbar_i * U[1.1, 1.5]}, repair weights by correlation class and
 * {@code Gamma = budgetFactor * n}. All item data are rounded to integers, as in the public files,
 * so the capacity-indexed dynamic program stays exact.
 *
 * @param items        n
 * @param correlation  item class
 * @param h            capacity ratio numerator (public sets: 40, 80)
 * @param delta        degradation spread in (0, 1] (public sets: 0.1, 0.5, 1)
 * @param budgetFactor Gamma / n (public sets: 0.1, 0.15, 0.2)
 * @param range        R (public sets: 1000)
 * @param scale        H (public sets: 100)
 */
public record RobustKnapsackGenerator(int items, ProfitCorrelation correlation, int h, double delta,
                                      double budgetFactor, int range, int scale) {

    public RobustKnapsackGenerator {
        Objects.requireNonNull(correlation, "correlation");
        if (items < 1 || h < 1 || range < 10 || scale < 1 || h > scale) {
            throw new IllegalArgumentException("need items >= 1, 1 <= h <= H and R >= 10");
        }
        if (!(delta > 0 && delta <= 1) || !(budgetFactor >= 0 && budgetFactor <= 1)) {
            throw new IllegalArgumentException("need delta in (0, 1] and budgetFactor in [0, 1]");
        }
    }

    /** The public sets' fixed parameters R = 1000, H = 100. */
    public RobustKnapsackGenerator(int items, ProfitCorrelation correlation, int h, double delta, double budgetFactor) {
        this(items, correlation, h, delta, budgetFactor, 1000, 100);
    }

    /** The public-file name of such an instance, e.g. {@code RKP_UN_n20_R1000_H100_h40_dev0.1_d0.5}. */
    public String canonicalName() {
        String d = delta == 1.0 ? "1" : Double.toString(delta);
        return "RKP_" + correlation + "_n" + items + "_R" + range + "_H" + scale + "_h" + h + "_dev" + budgetFactor + "_d" + d;
    }

    public RobustKnapsackProblem generate(RandomGenerator rng, String name) {
        int n = items;
        double[] c = new double[n];
        double[] pbar = new double[n];
        double[] phat = new double[n];
        double[] f = new double[n];
        double[] t = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            c[i] = Math.rint(uniform(rng, 1, range));
            total += c[i];
        }
        double capacity = Math.floor(h / (scale + 1.0) * total);
        for (int i = 0; i < n; i++) {
            double p = switch (correlation) {
                case UN -> uniform(rng, 1, range);
                case WC -> uniform(rng, c[i] - range / 20.0, c[i] + range / 20.0);
                case ASC -> uniform(rng, c[i] + range / 10.0 - range / 1000.0, c[i] + range / 10.0 + range / 1000.0);
                case SC -> c[i] + range / 10.0;
            };
            pbar[i] = Math.max(1, Math.rint(p));
            phat[i] = Math.max(0, Math.rint(pbar[i] * uniform(rng, (1 - delta) / 2, (1 + delta) / 2)));
            f[i] = Math.rint(pbar[i] * uniform(rng, 1.1, 1.5));
            double rep = switch (correlation) {
                case UN -> uniform(rng, 1, c[i]);
                case WC -> uniform(rng, 0.5 * phat[i] - range / 40.0, 0.5 * phat[i] + range / 40.0);
                case ASC -> uniform(rng, 0.5 * phat[i] + c[i] / 10 - range / 1000.0, 0.5 * phat[i] + c[i] / 10 + range / 1000.0);
                case SC -> 0.5 * phat[i] + c[i] / 10;
            };
            t[i] = Math.max(0, Math.rint(rep));
        }
        return new RobustKnapsackProblem(name, capacity, budgetFactor * n, pbar, phat, t, c, f);
    }

    private static double uniform(RandomGenerator rng, double lo, double hi) {
        return hi > lo ? rng.nextDouble(lo, hi) : lo;
    }
}
