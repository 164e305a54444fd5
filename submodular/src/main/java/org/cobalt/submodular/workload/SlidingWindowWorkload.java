package org.cobalt.submodular.workload;

import java.util.SplittableRandom;
import org.cobalt.submodular.dynamic.DynamicMaximizer;

/**
 * Elements arrive in a seeded random order and at most {@code W} are live: once the window is
 * full, the oldest element is deleted before the next one arrives. The run ends with the last
 * arrival (the final window is not drained), so it has {@code n + max(0, n - W)} updates.
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

            @Override
            public Update next(DynamicMaximizer target) {
                if (inserted == order.length) {
                    return null;
                }
                if (inserted - deleted == window) {
                    return Update.delete(order[deleted++]);
                }
                return Update.insert(order[inserted++]);
            }
        };
    }
}
