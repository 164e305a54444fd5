package org.cobalt.submodular.workload;

import java.util.SplittableRandom;
import org.cobalt.submodular.dynamic.DynamicMaximizer;

/** Every element is inserted once, in a seeded random order; no deletions. */
public final class InsertionOnlyWorkload implements Workload {

    @Override
    public String id() {
        return "insertion-only";
    }

    @Override
    public UpdateSource start(int universe, long seed) {
        int[] order = Workload.shuffledOrder(universe, new SplittableRandom(seed));
        return new UpdateSource() {
            private int i;

            @Override
            public Update next(DynamicMaximizer target) {
                return i < order.length ? Update.insert(order[i++]) : null;
            }
        };
    }
}
