package org.cobalt.milp.bb;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.generate.milp.KnapsackCorrelation;
import org.cobalt.instances.generate.milp.KnapsackGenerator;
import org.cobalt.instances.generate.milp.SetCoverGenerator;

/** Small generated instances for behaviour tests (seconds at most). */
final class TestInstances {

    private TestInstances() {
    }

    /** A set cover needing a few hundred nodes with most-fractional branching. */
    static MilpModel setCover(long seed) {
        return new SetCoverGenerator(60, 120, 0.05, 100).generate(seed, "sc-" + seed);
    }

    /** A strongly correlated knapsack (hard for LP bounds). */
    static MilpModel knapsack(long seed, int items) {
        return new KnapsackGenerator(items, 1000, KnapsackCorrelation.STRONGLY_CORRELATED, 0.5)
                .generate(seed, "kp-" + seed);
    }
}
