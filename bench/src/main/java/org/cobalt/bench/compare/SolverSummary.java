package org.cobalt.bench.compare;

/**
 * One solver's aggregate over one problem family.
 *
 * @param solver               solver id
 * @param runs                 runs (instance x seed) it has in the family
 * @param solved               runs proven optimal and not contradicted
 * @param withSolution         runs with a verified solution
 * @param errors               runs with status ERROR
 * @param verificationFailures runs whose solution the verifier rejected
 * @param referenceMismatches  OPTIMAL runs contradicting a known optimum
 * @param sgmTimeAll           shifted geometric mean time (shift 10 s) over all runs, unsolved counted at the time limit
 * @param sgmTimeCommon        the same over the problems every solver solved
 * @param commonCount          number of problems every solver solved
 * @param sgmNodesAll          shifted geometric mean nodes (shift 100) over runs reporting nodes
 * @param sgmNodesCommon       the same over the problems every solver solved
 * @param meanGapPercent       mean primal gap (%) of the final solution to the reference, over runs with one
 * @param medianGapPercent     median of the same
 * @param meanPrimalIntegral   mean primal integral (seconds of gap 1) over problems with a reference
 * @param wins                 problems where it beats the baseline (see docs/compare.md for the rule)
 * @param ties                 problems tied with the baseline
 * @param losses               problems lost to the baseline
 */
public record SolverSummary(String solver, int runs, int solved, int withSolution, int errors, int verificationFailures,
                            int referenceMismatches, double sgmTimeAll, double sgmTimeCommon, int commonCount,
                            double sgmNodesAll, double sgmNodesCommon, double meanGapPercent, double medianGapPercent,
                            double meanPrimalIntegral, int wins, int ties, int losses) {
}
