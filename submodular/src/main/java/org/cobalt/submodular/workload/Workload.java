package org.cobalt.submodular.workload;

/**
 * A family of update sequences over a ground set. All randomness comes from the seed given to
 * {@link #start}; oblivious workloads produce the same sequence for every algorithm.
 */
public interface Workload {

    /** Id with parameters, e.g. {@code sliding-window(W=1000)}. */
    String id();

    /** A fresh run over the elements {@code 0 .. universe-1}. */
    UpdateSource start(int universe, long seed);

    /** A seeded uniformly random order of {@code 0 .. n-1}. */
    static int[] shuffledOrder(int n, java.util.SplittableRandom rnd) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
