package org.cobalt.submodular.oracle;

/**
 * Value-oracle access to a monotone submodular function: the only view of the function that an
 * algorithm gets. Every query is counted (see {@link CountingOracle} for what one query is), and
 * the function behind it is not reachable from here.
 */
public interface Oracle {

    /** Ground-set size; elements are {@code 0 .. groundSize()-1}. */
    int groundSize();

    /** Name of the function behind the oracle (for logs and reports). */
    String functionName();

    /** A fresh incremental state holding the empty set; its queries count against this oracle. */
    OracleState newState();

    /** {@code f({e})}; one query. */
    double singleton(int element);

    /** {@code f(set)} from scratch; one query (none for the empty set). */
    double evaluate(int[] set);

    /** Queries answered so far. */
    long calls();
}
