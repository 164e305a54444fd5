package org.cobalt.neural.coco;

import org.cobalt.core.milp.MilpModel;

/** Collects a pool of good feasible solutions of one MILP (training labels). */
@FunctionalInterface
public interface PoolCollector {

    /**
     * A pool of verified feasible solutions of {@code model}, best first; empty when none was found in
     * the time allowed.
     */
    SolutionPool collect(MilpModel model, PoolSettings settings);
}
