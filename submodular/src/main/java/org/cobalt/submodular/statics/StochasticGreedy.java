package org.cobalt.submodular.statics;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.oracle.OracleState;

/**
 * Stochastic greedy ("lazier than lazy greedy", Mirzasoleiman et al., AAAI 2015): in each of the
 * {@code k} rounds, evaluate a uniform sample of {@code s = ceil((n/k) ln(1/eps))} of the remaining
 * candidates and add the best one. A {@code (1 - 1/e - eps)}-approximation in expectation with
 * {@code O(n log(1/eps))} queries. Seeded: the {@code i}-th call uses the stream
 * {@code SplittableRandom(seed)} split {@code i} times, so repeated runs are identical.
 */
public final class StochasticGreedy implements StaticMaximizer {

    private final double eps;
    private final SplittableRandom master;

    public StochasticGreedy(double eps, long seed) {
        if (!(eps > 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must be in (0, 1), got " + eps);
        }
        this.eps = eps;
        this.master = new SplittableRandom(seed);
    }

    @Override
    public String id() {
        return "stochastic-greedy";
    }

    @Override
    public Selection maximize(Oracle oracle, int[] candidates, int length, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        SplittableRandom rnd = master.split();
        OracleState st = oracle.newState();
        if (k == 0 || length == 0) {
            return Selection.empty();
        }
        int[] rest = Arrays.copyOf(candidates, length);
        int remaining = length;
        int sample = (int) Math.ceil((double) length / k * Math.log(1.0 / eps));
        sample = Math.max(1, sample);
        int[] picked = new int[Math.min(k, length)];
        int count = 0;
        for (int round = 0; round < k && remaining > 0; round++) {
            int s = Math.min(sample, remaining);
            int bestPos = -1;
            double best = 0;
            for (int j = 0; j < s; j++) {
                // partial Fisher-Yates: rest[j] becomes a uniform draw from rest[j .. remaining)
                int r = j + rnd.nextInt(remaining - j);
                int t = rest[j];
                rest[j] = rest[r];
                rest[r] = t;
                double g = st.gain(rest[j]);
                if (g > best) {
                    best = g;
                    bestPos = j;
                }
            }
            if (bestPos < 0) {
                continue;
            }
            int e = rest[bestPos];
            st.add(e);
            picked[count++] = e;
            rest[bestPos] = rest[--remaining];
        }
        return new Selection(Arrays.copyOf(picked, count), st.value());
    }
}
