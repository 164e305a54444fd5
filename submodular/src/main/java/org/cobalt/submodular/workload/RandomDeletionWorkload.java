package org.cobalt.submodular.workload;

import java.util.SplittableRandom;
import org.cobalt.submodular.dynamic.DynamicMaximizer;
import org.cobalt.submodular.util.LiveSet;

/**
 * Elements are inserted in a seeded random order; before each insertion, with probability
 * {@code p}, a uniformly random live element is deleted instead. Ends after the last insertion.
 */
public final class RandomDeletionWorkload implements Workload {

    private final double deleteProbability;

    public RandomDeletionWorkload(double deleteProbability) {
        if (!(deleteProbability >= 0 && deleteProbability < 1)) {
            throw new IllegalArgumentException("delete probability must be in [0, 1), got " + deleteProbability);
        }
        this.deleteProbability = deleteProbability;
    }

    @Override
    public String id() {
        return "random-deletions(p=" + deleteProbability + ")";
    }

    @Override
    public UpdateSource start(int universe, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] order = Workload.shuffledOrder(universe, rnd);
        LiveSet live = new LiveSet(universe);
        return new UpdateSource() {
            private int inserted;

            @Override
            public Update next(DynamicMaximizer target) {
                if (inserted == order.length) {
                    return null;
                }
                if (live.size() > 0 && rnd.nextDouble() < deleteProbability) {
                    int e = live.sample(rnd);
                    live.remove(e);
                    return Update.delete(e);
                }
                int e = order[inserted++];
                live.add(e);
                return Update.insert(e);
            }
        };
    }
}
