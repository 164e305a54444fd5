package org.cobalt.scheduling.mip;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;

/**
 * A MIP model of 1||Σw_jT_j with the maps between its solutions and job sequences. The model's
 * optimum equals the optimal total weighted tardiness; {@link #encode} gives, for any sequence, a
 * feasible solution whose objective is that sequence's tardiness (used as MIP warm start), and
 * {@link #decode} reads the sequence back from any feasible solution.
 */
public interface SmttFormulation {

    /** Id used by the {@code smtt-mip.formulation} parameter. */
    String id();

    /** The model of a problem (deterministic: the same problem gives an equal model). */
    MilpModel model(SingleMachineProblem problem);

    /** The model's solution that schedules {@code sequence} (a permutation of the jobs). */
    MilpSolution encode(SingleMachineProblem problem, int[] sequence);

    /**
     * The job sequence of a solution of {@link #model}.
     *
     * @throws IllegalArgumentException when the values do not describe a schedule (wrong length,
     *                                  no or several jobs in one position or time, a job missing)
     */
    int[] decode(SingleMachineProblem problem, MilpSolution solution);
}
