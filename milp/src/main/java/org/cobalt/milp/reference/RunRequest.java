package org.cobalt.milp.reference;

import java.util.function.DoubleConsumer;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;

/**
 * One backend run to prepare.
 *
 * @param model            the model to translate
 * @param withObjective    false for a feasibility solve (objective and constant dropped)
 * @param relax            treat integer variables as continuous (LP relaxation)
 * @param options          the solve's options
 * @param parameters       the backend's parsed parameters
 * @param timeLimitSeconds the backend's own time limit, {@code Double.POSITIVE_INFINITY} for none
 * @param hint             a warm start to pass on, or null
 * @param incumbents       receives objective values of incumbents found during the run, from any
 *                         thread; backends that cannot observe incumbents never call it
 */
record RunRequest(MilpModel model, boolean withObjective, boolean relax, SolveOptions options,
                  ReferenceParameters parameters, double timeLimitSeconds, MilpSolution hint,
                  DoubleConsumer incumbents) {
}
