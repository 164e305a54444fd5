package org.cobalt.neural.coco;

import java.time.Duration;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.Solver;

/**
 * The first, unrestricted solve of a pool collection: returns the feasible assignments it found (the
 * best and, where the engine keeps them, others). The collector verifies and sorts them.
 */
@FunctionalInterface
public interface FirstSolve {

    /** Assignments found for {@code model} within {@code limit}; empty when none. */
    List<double[]> solutions(MilpModel model, Duration limit, long seed);

    /** The final solution of any registered solver. */
    static FirstSolve of(Solver<MilpModel> solver) {
        return (model, limit, seed) -> {
            SolveResult r = solver.solve(model, SolveOptions.builder().timeLimit(limit).seed(seed).threads(1).build());
            return r.solution() instanceof MilpSolution s ? List.of(s.values()) : List.of();
        };
    }
}
