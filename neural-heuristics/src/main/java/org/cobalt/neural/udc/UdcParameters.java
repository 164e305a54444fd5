package org.cobalt.neural.udc;

import org.cobalt.core.solver.ParameterKey;

/** Solver-specific parameters of {@code udc-tsp} and {@code udc-cvrp} ({@code SolveOptions.withParameter}). */
public final class UdcParameters {

    private UdcParameters() {
    }

    /**
     * Conquer rounds, each with shifted cut points: the paper's variants are 2, 50 and 250; 0 = as many
     * as the time limit allows (needs a time limit).
     */
    public static final ParameterKey<Integer> ROUNDS = ParameterKey.ofInt("udc.rounds", 50);

    /** Nodes per sub-problem (customers for CVRP): 100 in UDC. */
    public static final ParameterKey<Integer> SUB_SIZE = ParameterKey.ofInt("udc.sub-size", 100);

    /** Conquer strategy: {@code neural} (learned policy, classical fallback without a model) or {@code classical}. */
    public static final ParameterKey<String> CONQUER = ParameterKey.ofString("udc.conquer", "neural");

    /**
     * Divide strategy: {@code neural} (learned heat-map, random-insertion fallback without a model) or a
     * classical construction id ({@code random-insertion}, {@code greedy}, {@code nn},
     * {@code farthest-insertion}, {@code hilbert}; for CVRP also {@code savings}).
     */
    public static final ParameterKey<String> DIVIDE = ParameterKey.ofString("udc.divide", "neural");

    /**
     * Polish the divide's tour with 2-opt + Or-opt over the whole tour (neighbour lists, O(n k) memory)
     * before the conquer. Not in the paper; it lets the windowed conquer start from a tour without
     * long crossing edges, which a window (fixed ends) cannot remove.
     */
    public static final ParameterKey<Boolean> DIVIDE_POLISH = ParameterKey.ofBoolean("udc.divide-polish", false);

    /** Conquer model file ({@code .json}); empty = the model shipped with cobalt, {@code none} = no model. */
    public static final ParameterKey<String> CONQUER_MODEL = ParameterKey.ofString("udc.conquer-model", "");

    /** Divide model file ({@code .json}); empty = the model shipped with cobalt, {@code none} = no model. */
    public static final ParameterKey<String> DIVIDE_MODEL = ParameterKey.ofString("udc.divide-model", "");

    /** Rollouts of the neural conquer per sub-problem and direction (1 = one greedy rollout each way). */
    public static final ParameterKey<Integer> SAMPLES = ParameterKey.ofInt("udc.samples", 1);

    /** ILS kicks per sub-path after 2-opt + Or-opt in the classical conquer (0 = plain descent). */
    public static final ParameterKey<Integer> CLASSICAL_KICKS = ParameterKey.ofInt("udc.classical-kicks", 0);

    /** Candidate-list length of the classical conquer's local search. */
    public static final ParameterKey<Integer> NEIGHBORS = ParameterKey.ofInt("udc.neighbors", 10);

    /** Ruin-and-recreate iterations per route group and round in the classical CVRP conquer. */
    public static final ParameterKey<Integer> CVRP_ITERATIONS = ParameterKey.ofInt("udc.cvrp-iterations", 100);

    /** Candidate-list length of the classical CVRP conquer's local search. */
    public static final ParameterKey<Integer> CVRP_NEIGHBORS = ParameterKey.ofInt("udc.cvrp-neighbors", 15);
}
