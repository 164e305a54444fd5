package org.cobalt.submodular.oracle;

/**
 * A counted incremental evaluation state: a current set {@code S} with its known value. Costs:
 * {@link #gain} is one query ({@code f(S + e)}; {@code f(S)} is known); {@link #add} is one query
 * unless the last query on this state was {@code gain} of the same element (its value is then
 * known); {@link #resetTo} is one query (evaluating the new set); {@link #value}, {@link #size},
 * {@link #contains} and {@link #clear} are free.
 */
public interface OracleState {

    double value();

    double gain(int element);

    double add(int element);

    boolean contains(int element);

    int size();

    void clear();

    /** Replaces the current set by {@code set} (duplicates ignored); one query unless empty. */
    void resetTo(int[] set);

    /** As {@link #resetTo(int[])} for the first {@code length} entries of {@code set}. */
    void resetTo(int[] set, int length);
}
