package org.cobalt.routing.cvrp;

import org.cobalt.core.solver.ParameterKey;

/** Solver-specific parameters of the classical CVRP solvers ({@code cvrp-savings}, {@code cvrp-ils}). */
public final class CvrpParameters {

    private CvrpParameters() {
    }

    /** Customer candidate-list length k of the granular local search. */
    public static final ParameterKey<Integer> NEIGHBORS = ParameterKey.ofInt("cvrp.neighbors", 15);

    /** Longest cross-exchange segment (0 disables cross-exchange). */
    public static final ParameterKey<Integer> CROSS_SEGMENT = ParameterKey.ofInt("cvrp.cross-segment", 2);

    /** Customer count up to which the savings list holds every pair (above: candidate pairs only). */
    public static final ParameterKey<Integer> SAVINGS_FULL_LIMIT = ParameterKey.ofInt("cvrp.savings-full-limit",
            ClarkeWrightSavings.DEFAULT_FULL_LIMIT);

    /** Average number of customers one ruin removes. */
    public static final ParameterKey<Double> AVERAGE_REMOVED = ParameterKey.ofDouble("cvrp-ils.average-removed", 10.0);

    /** Longest string one ruin removes from a route. */
    public static final ParameterKey<Integer> MAX_STRING = ParameterKey.ofInt("cvrp-ils.max-string", 10);

    /** When the local search polishes a recreated solution: never, accepted (default) or always. */
    public static final ParameterKey<RuinRecreateSearch.Polish> LOCAL_SEARCH = new ParameterKey<>("cvrp-ils.local-search",
            s -> RuinRecreateSearch.Polish.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT)),
            RuinRecreateSearch.Config.DEFAULT.localSearch());

    /** Seconds cvrp-ils runs when the options set neither a time nor an iteration limit. */
    public static final ParameterKey<Double> DEFAULT_SECONDS = ParameterKey.ofDouble("cvrp-ils.default-seconds", 10.0);
}
