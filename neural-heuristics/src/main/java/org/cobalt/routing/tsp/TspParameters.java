package org.cobalt.routing.tsp;

import org.cobalt.core.solver.ParameterKey;

/** Solver-specific parameters of the classical TSP solvers ({@code tsp-nn}, {@code tsp-2opt}, {@code tsp-ils}). */
public final class TspParameters {

    private TspParameters() {
    }

    /** First tour: nn, greedy, random-insertion, farthest-insertion or hilbert (tsp-2opt, tsp-ils). */
    public static final ParameterKey<String> CONSTRUCTION = ParameterKey.ofString("tsp.construction", "greedy");

    /** Candidate-list length k. */
    public static final ParameterKey<Integer> NEIGHBORS = ParameterKey.ofInt("tsp.neighbors", 10);

    /** Longest Or-opt segment (0 disables Or-opt). */
    public static final ParameterKey<Integer> OR_OPT_SEGMENT = ParameterKey.ofInt("tsp.or-opt", 3);

    /** Also try reversed segment insertion (the or-3opt move). */
    public static final ParameterKey<Boolean> OR_OPT_REVERSED = ParameterKey.ofBoolean("tsp.or-opt-reversed", true);

    /** Longest block a double-bridge kick moves. */
    public static final ParameterKey<Integer> KICK_BLOCK = ParameterKey.ofInt("tsp-ils.max-block", 50);

    /** Seconds tsp-ils runs when the options set neither a time nor an iteration limit. */
    public static final ParameterKey<Double> DEFAULT_SECONDS = ParameterKey.ofDouble("tsp-ils.default-seconds", 10.0);
}
