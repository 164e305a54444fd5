package org.cobalt.bench.compare;

import java.util.List;

/**
 * The comparison of several solvers on one problem family.
 *
 * @param family    family id
 * @param solvers   solver ids, baseline first when there is one
 * @param baseline  baseline solver id, or null
 * @param summaries one per solver, in {@code solvers} order
 * @param rows      one per problem, sorted by instance then seed
 * @param profile   Dolan–Moré time profile per solver, in {@code solvers} order
 */
public record FamilyComparison(String family, List<String> solvers, String baseline, List<SolverSummary> summaries,
                               List<ProblemRow> rows, List<ProfileCurve> profile) {

    /**
     * A solver's performance profile: {@code rho[i]} is the fraction of problems solved within
     * {@code taus[i]} times the best solver's time.
     */
    public record ProfileCurve(String solver, double[] taus, double[] rho) {
    }
}
