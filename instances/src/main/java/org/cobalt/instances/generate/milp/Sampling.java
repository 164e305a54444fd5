package org.cobalt.instances.generate.milp;

import java.util.BitSet;
import java.util.random.RandomGenerator;

/** Small sampling helpers on primitive arrays. */
final class Sampling {

    private Sampling() {
    }

    /** A uniformly random permutation of {@code 0..n-1} (Fisher-Yates). */
    static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** {@code k} distinct values of {@code 0..n-1}, uniformly (Floyd's algorithm), as a set of bits. */
    static BitSet distinct(int n, int k, RandomGenerator rng) {
        BitSet chosen = new BitSet(n);
        for (int j = n - k; j < n; j++) {
            int t = rng.nextInt(j + 1);
            chosen.set(chosen.get(t) ? j : t);
        }
        return chosen;
    }

    /**
     * An index drawn with probability proportional to {@code weight[i]} (non-negative); uniform over
     * the indices with {@code allowed[i]} when all weights are zero. {@code allowed} may be null.
     */
    static int weighted(double[] weight, boolean[] allowed, RandomGenerator rng) {
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            if (allowed == null || allowed[i]) {
                total += weight[i];
            }
        }
        if (total > 0) {
            double u = rng.nextDouble() * total;
            int last = -1;
            for (int i = 0; i < weight.length; i++) {
                if ((allowed == null || allowed[i]) && weight[i] > 0) {
                    last = i;
                    u -= weight[i];
                    if (u < 0) {
                        return i;
                    }
                }
            }
            return last;
        }
        int count = 0;
        for (int i = 0; i < weight.length; i++) {
            if (allowed == null || allowed[i]) {
                count++;
            }
        }
        int pick = rng.nextInt(count);
        for (int i = 0; i < weight.length; i++) {
            if ((allowed == null || allowed[i]) && pick-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("nothing to choose from");
    }
}
