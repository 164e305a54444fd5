package org.cobalt.routing.ortools;

import org.cobalt.core.solver.ParameterKey;

/** Solver-specific parameters of {@code tsp-ortools} and {@code cvrp-ortools}. */
public final class OrToolsParameters {

    private OrToolsParameters() {
    }

    /** OR-Tools FirstSolutionStrategy name (PATH_CHEAPEST_ARC, SAVINGS, CHRISTOFIDES, AUTOMATIC, ...). */
    public static final ParameterKey<String> FIRST_SOLUTION = ParameterKey.ofString("ortools.first-solution", "PATH_CHEAPEST_ARC");

    /** OR-Tools LocalSearchMetaheuristic name (GUIDED_LOCAL_SEARCH, SIMULATED_ANNEALING, TABU_SEARCH, GREEDY_DESCENT, ...). */
    public static final ParameterKey<String> METAHEURISTIC = ParameterKey.ofString("ortools.metaheuristic", "GUIDED_LOCAL_SEARCH");

    /** Factor applied to non-integral distances before rounding to the integer arc costs OR-Tools needs. */
    public static final ParameterKey<Double> SCALE = ParameterKey.ofDouble("ortools.scale", 1000.0);

    /** Up to this many nodes the arc costs go to OR-Tools as a matrix; above it through a Java callback. */
    public static final ParameterKey<Integer> MATRIX_MAX_NODES = ParameterKey.ofInt("ortools.matrix-max-nodes", 2000);

    /** Seconds to search when the options set no time limit (guided local search never ends by itself). */
    public static final ParameterKey<Double> DEFAULT_SECONDS = ParameterKey.ofDouble("ortools.default-seconds", 10.0);

    /**
     * Neighbours per node that OR-Tools' local search operators consider (its ls_operator_neighbors_ratio
     * and ls_operator_min_neighbors); 0 keeps OR-Tools' default of all nodes, which makes every
     * operator pass quadratic.
     */
    public static final ParameterKey<Integer> LS_NEIGHBORS = ParameterKey.ofInt("ortools.ls-neighbors", 0);

    /** Vehicles offered to cvrp-ortools when the instance sets no limit; 0 = savings routes + 10% + 1. */
    public static final ParameterKey<Integer> VEHICLES = ParameterKey.ofInt("ortools.vehicles", 0);
}
