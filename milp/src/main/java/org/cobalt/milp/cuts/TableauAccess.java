package org.cobalt.milp.cuts;

/**
 * Simplex tableau rows of the LP a snapshot was taken from (see
 * {@link org.cobalt.milp.lp.LpSolver#tableauRow}): what Gomory cuts need from the engine.
 */
public interface TableauAccess {

    /** Basic variables by basis position (columns {@code < n}, logicals {@code n + i}). */
    int[] basicVariables();

    /** Tableau row of basis position {@code position} over columns then logicals, in model units. */
    void tableauRow(int position, double[] out);
}
