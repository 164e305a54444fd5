package org.cobalt.submodular.workload;

import java.util.SplittableRandom;
import org.cobalt.submodular.dynamic.DynamicMaximizer;

/**
 * Elements arrive in a seeded random order and each one leaves after {@code W} further arrivals:
 * once the window is full every insertion is followed by the deletion of the oldest element. The
 * run ends with the last arrival (the final window is not drained), so it has
 * {@code n + max(0, n - W)} updates.
 */
public final class SlidingWindowWorkload implements Workload {

    private final int window;

    public SlidingWindowWorkload(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
    }

    public int window() {
        return window;
    }

    @Override
    public String id() {
        return "sliding-window(W=" + window + ")";
    }

    @Override
    public UpdateSource start(int universe, long seed) {
        int[] order = Workload.shuffledOrder(universe, new SplittableRandom(seed));
        return new UpdateSource() {
            private int inserted;
            private int deleted;
            private boolean deleteNext;

            @Override
            public Update next(DynamicMaximizer target) {
                if (deleteNext) {
                    deleteNext = false;
                    return Update.delete(order[deleted++]);
                }
                if (inserted == order.length) {
                    return null;
                }
                Update u = Update.insert(order[inserted++]);
                deleteNext = inserted - deleted > window;
                return u;
            }
        };
    }
}
