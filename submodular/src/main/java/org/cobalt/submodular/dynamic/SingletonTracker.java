package org.cobalt.submodular.dynamic;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.util.MaxHeap;

/**
 * Singleton values {@code f({e})} (queried once per element, then remembered) and the largest
 * singleton value among live elements, which brackets the optimum:
 * {@code maxSingleton <= OPT <= k * maxSingleton}.
 */
public final class SingletonTracker {

    private final Oracle oracle;
    private final double[] value;
    private final MaxHeap heap;
    private int pushed;

    public SingletonTracker(Oracle oracle) {
        this.oracle = oracle;
        this.value = new double[oracle.groundSize()];
        Arrays.fill(value, Double.NaN);
        this.heap = new MaxHeap(1024);
    }

    /** {@code f({e})}; one oracle query the first time, free afterwards. */
    public double value(int e) {
        double v = value[e];
        if (Double.isNaN(v)) {
            v = oracle.singleton(e);
            value[e] = v;
        }
        return v;
    }

    /** Records that {@code e} became live (queries its singleton value if unknown). */
    public void inserted(int e) {
        heap.push(value(e), e);
        pushed++;
    }

    /**
     * Largest singleton value among elements for which {@code live} holds (0 when none). Entries of
     * dead elements are dropped lazily; the heap is rebuilt when dead entries dominate.
     */
    public double maxLive(IntPredicate live, int liveCount) {
        if (heap.size() > 2 * liveCount + 1024) {
            int[] keep = new int[liveCount];
            int m = 0;
            while (!heap.isEmpty()) {
                int e = heap.topValue();
                heap.pop();
                if (live.test(e) && (m == 0 || keep[m - 1] != e) && m < keep.length) {
                    keep[m++] = e;
                }
            }
            for (int i = 0; i < m; i++) {
                heap.push(value[keep[i]], keep[i]);
            }
        }
        while (!heap.isEmpty() && !live.test(heap.topValue())) {
            heap.pop();
        }
        return heap.isEmpty() ? 0.0 : heap.topKey();
    }

    /** Entries pushed so far (for tests). */
    int pushed() {
        return pushed;
    }
}
