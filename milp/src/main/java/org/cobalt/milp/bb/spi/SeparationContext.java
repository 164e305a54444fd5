package org.cobalt.milp.bb.spi;

import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.milp.lp.BasisStatus;

/**
 * What a {@link CutSeparator} sees in one cut round: the LP solution (solved to optimality), the LP rows
 * (model rows, then the cuts already added), bounds, integrality, and simplex tableau rows for Gomory-type
 * cuts. Values are in working-model units and minimization sense; arrays belong to the engine and are
 * valid only during the call.
 *
 * <p><b>Variables of the LP.</b> The LP has {@code numColumns()} structural columns and one logical per LP
 * row: logical {@code numColumns() + i} takes the value of row {@code i}'s activity {@code a_i.x} and is
 * bounded by the row's sides. A basis has {@code numLpRows()} basic variables among these
 * {@code numColumns() + numLpRows()}.
 */
public interface SeparationContext {

    /** The working model (after presolve, minimization). */
    MilpModel model();

    /** Number of structural columns. */
    int numColumns();

    /** Number of LP rows: the model's rows followed by the cuts in the LP. */
    int numLpRows();

    /** 0 for the first round at a node, 1 for the second, ... */
    int round();

    /** Depth of the node being separated (0 at the root; cuts are separated only at the root for now). */
    int depth();

    /** True when a column must take an integer value. */
    boolean isIntegral(int column);

    /** Current (local = global at the root) lower bound of a column. */
    double lower(int column);

    /** Current upper bound of a column. */
    double upper(int column);

    // ---- LP solution -------------------------------------------------------------------------

    /** Objective of the current LP optimum. */
    double lpObjective();

    /** LP values of the structural columns. */
    double[] lpSolution();

    /** Row activities of all LP rows (the values of the logicals). */
    double[] rowActivities();

    /** Row duals of all LP rows. */
    double[] duals();

    /** Reduced costs of the structural columns. */
    double[] reducedCosts();

    /** Basis status of a structural column. */
    BasisStatus columnStatus(int column);

    /** Basis status of an LP row's logical. */
    BasisStatus rowStatus(int row);

    // ---- LP rows -----------------------------------------------------------------------------

    /** Lower side of an LP row. */
    double rowLower(int row);

    /** Upper side of an LP row. */
    double rowUpper(int row);

    /** Number of nonzeros of an LP row. */
    int rowLength(int row);

    /**
     * Copies LP row {@code row}'s entries into {@code columns} and {@code values} (each at least
     * {@link #rowLength} long; columns increasing).
     *
     * @return the number of entries
     */
    int rowEntries(int row, int[] columns, double[] values);

    // ---- tableau -----------------------------------------------------------------------------

    /**
     * The basic variables by basis position ({@code numLpRows()} entries): a value {@code k < numColumns()}
     * is a structural column, {@code k >= numColumns()} the logical of row {@code k - numColumns()}.
     */
    int[] basicVariables();

    /**
     * Row {@code position} of the simplex tableau in model units: fills {@code out} (length at least
     * {@code numColumns() + numLpRows()}) with coefficients {@code alpha} over all LP variables (structural
     * columns, then logicals) such that every {@code z = (x, s)} with {@code s_i = a_i.x} for all LP rows
     * satisfies {@code sum_k alpha_k z_k = 0}; {@code alpha} is 1 at the basic variable of
     * {@code position} and 0 at the other basic variables, so the row reads
     * {@code z_B = -sum_{k nonbasic} alpha_k z_k}. Costs one BTRAN and one pass over the matrix.
     */
    void tableauRow(int position, double[] out);

    // ---- solve state -------------------------------------------------------------------------

    /** Objective of the incumbent, {@code +infinity} when there is none. */
    double incumbentValue();

    /** The solve's seeded random source. */
    RandomGenerator random();

    /** True when the solve should wrap up. */
    boolean shouldStop();
}
