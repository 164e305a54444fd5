package org.cobalt.milp.heuristics;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.instances.generate.milp.CapacitatedFacilityLocationGenerator;
import org.cobalt.instances.generate.milp.CombinatorialAuctionGenerator;
import org.cobalt.instances.generate.milp.MultipleKnapsackGenerator;
import org.cobalt.instances.generate.milp.SetCoverGenerator;
import org.cobalt.milp.cuts.RandomCutModels;

/** Small seeded test models for heuristics, as minimizations (working models are). */
final class HeuristicModels {

    private HeuristicModels() {
    }

    static MilpModel model(String kind, long seed) {
        MilpModel m = switch (kind) {
            case "setcover" -> new SetCoverGenerator(80, 160, 0.05, 100).generate(seed, "sc" + seed);
            case "facility" -> new CapacitatedFacilityLocationGenerator(25, 10, 5).generate(seed, "cfl" + seed);
            case "knapsack" -> new MultipleKnapsackGenerator(30, 3).generate(seed, "mkp" + seed);
            case "auction" -> new CombinatorialAuctionGenerator(30, 120).generate(seed, "ca" + seed);
            case "random" -> RandomCutModels.generate(seed);
            default -> throw new IllegalArgumentException(kind);
        };
        return minimization(m);
    }

    /** The same model as a minimization (costs negated for a maximization). */
    static MilpModel minimization(MilpModel m) {
        if (!m.isMaximization()) {
            return m;
        }
        MilpModel.Builder b = m.toBuilder().sense(ObjectiveSense.MINIMIZE).objectiveConstant(-m.objectiveConstant());
        for (int j = 0; j < m.numVariables(); j++) {
            b.setCost(j, -m.cost(j));
        }
        return b.build();
    }
}
