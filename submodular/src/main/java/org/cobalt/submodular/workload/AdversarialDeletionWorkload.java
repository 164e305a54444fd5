package org.cobalt.submodular.workload;

import java.util.SplittableRandom;
import org.cobalt.submodular.dynamic.DynamicMaximizer;
import org.cobalt.submodular.util.LiveSet;

/**
 * An adaptive adversary against the algorithm under test: all elements are inserted (seeded
 * random order), then {@code deletions} rounds follow, each deleting a uniformly random element of
 * the algorithm's <em>current solution</em> (a random live element when the solution is empty),
 * and after each deletion, with probability 1/2, re-inserting a random previously deleted element
 * so that the ground set does not simply run dry.
 */
public final class AdversarialDeletionWorkload implements Workload {

    private final double deletionFraction;

    /** {@code deletionFraction} of the universe is the number of adversarial deletion rounds. */
    public AdversarialDeletionWorkload(double deletionFraction) {
        if (!(deletionFraction > 0 && deletionFraction <= 1)) {
            throw new IllegalArgumentException("deletion fraction must be in (0, 1], got " + deletionFraction);
        }
        this.deletionFraction = deletionFraction;
    }

    @Override
    public String id() {
        return "adversarial-deletions(f=" + deletionFraction + ")";
    }

    @Override
    public UpdateSource start(int universe, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] order = Workload.shuffledOrder(universe, rnd);
        int rounds = (int) Math.ceil(deletionFraction * universe);
        LiveSet live = new LiveSet(universe);
        LiveSet dead = new LiveSet(universe);
        return new UpdateSource() {
            private int inserted;
            private int round;
            private boolean maybeReinsert;

            @Override
            public Update next(DynamicMaximizer target) {
                if (inserted < order.length) {
                    int e = order[inserted++];
                    live.add(e);
                    return Update.insert(e);
                }
                if (maybeReinsert) {
                    maybeReinsert = false;
                    if (dead.size() > 0 && rnd.nextBoolean()) {
                        int e = dead.sample(rnd);
                        dead.remove(e);
                        live.add(e);
                        return Update.insert(e);
                    }
                }
                if (round == rounds || live.size() == 0) {
                    return null;
                }
                round++;
                int[] sol = target.solution();
                int e = sol.length > 0 ? sol[rnd.nextInt(sol.length)] : live.sample(rnd);
                live.remove(e);
                dead.add(e);
                maybeReinsert = true;
                return Update.delete(e);
            }
        };
    }
}
