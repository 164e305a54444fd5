package org.cobalt.submodular.function;

/**
 * Incremental evaluation state of a set function: holds a current set {@code S} and its value, and
 * answers marginal gains {@code f(S + e) - f(S)} without re-evaluating {@code S}. Not thread-safe.
 * States of one function share no mutable data, so a fresh state is an independent evaluator.
 */
public interface FunctionState {

    /** {@code f(S)} of the current set. */
    double value();

    /** The marginal gain {@code f(S + e) - f(S)}; 0 when {@code e} is already in {@code S}. */
    double gain(int element);

    /** Adds {@code e} to {@code S} and returns its marginal gain (0 and no change when already present). */
    double add(int element);

    /** True when {@code e} is in the current set. */
    boolean contains(int element);

    /** Number of elements in the current set. */
    int size();

    /** Empties the current set. */
    void clear();
}
