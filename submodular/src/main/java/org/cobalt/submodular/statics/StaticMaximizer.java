package org.cobalt.submodular.statics;

import org.cobalt.submodular.oracle.Oracle;

/** Maximizes {@code f} over subsets of at most {@code k} candidates, from scratch, through an oracle. */
public interface StaticMaximizer {

    /** Short id, e.g. {@code lazy-greedy}. */
    String id();

    /**
     * A set of at most {@code k} distinct elements from {@code candidates[0 .. length)} (which must
     * be distinct) with its value.
     */
    Selection maximize(Oracle oracle, int[] candidates, int length, int k);

    /** As {@link #maximize(Oracle, int[], int, int)} over the whole array. */
    default Selection maximize(Oracle oracle, int[] candidates, int k) {
        return maximize(oracle, candidates, candidates.length, k);
    }
}
