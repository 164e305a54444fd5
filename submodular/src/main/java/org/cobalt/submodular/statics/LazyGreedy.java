package org.cobalt.submodular.statics;

import java.util.Arrays;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.oracle.OracleState;
import org.cobalt.submodular.util.MaxHeap;

/**
 * The greedy algorithm of Nemhauser, Wolsey and Fisher (1978) with Minoux's lazy evaluations:
 * stale marginal gains are upper bounds by submodularity, so an element whose refreshed gain is
 * still on top of the heap is the greedy choice. A {@code (1 - 1/e)}-approximation; costs one query
 * per candidate for the first bounds plus one per refresh. Stops early when no positive gain is
 * left; ties go to the candidate listed first.
 */
public final class LazyGreedy implements StaticMaximizer {

    @Override
    public String id() {
        return "lazy-greedy";
    }

    @Override
    public Selection maximize(Oracle oracle, int[] candidates, int length, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        OracleState s = oracle.newState();
        if (k == 0 || length == 0) {
            return Selection.empty();
        }
        MaxHeap heap = new MaxHeap(length);
        for (int i = 0; i < length; i++) {
            double g = s.gain(candidates[i]);
            if (g > 0) {
                heap.push(g, i);
            }
        }
        // stamp[i] = number of picks when the bound of candidate i was computed
        int[] stamp = new int[length];
        int[] picked = new int[Math.min(k, length)];
        int count = 0;
        while (count < k && !heap.isEmpty()) {
            int i = heap.topValue();
            heap.pop();
            if (stamp[i] == count) {
                s.add(candidates[i]);
                picked[count++] = candidates[i];
                continue;
            }
            double g = s.gain(candidates[i]);
            stamp[i] = count;
            if (g > 0) {
                heap.push(g, i);
            }
        }
        return new Selection(Arrays.copyOf(picked, count), s.value());
    }
}
