package org.cobalt.milp.lp;

import java.util.function.BooleanSupplier;

/**
 * A simplex LP engine bound to one model and re-solved many times: the hot path of
 * branch-and-bound. Create it once per model, then change bounds, add or remove cut rows, and call
 * {@link #solve()}; each solve starts from the current basis (warm start) and its factorization.
 *
 * <p>The LP is the relaxation of a {@link org.cobalt.core.milp.MilpModel}:
 * {@code min/max c.x + constant} subject to {@code rowLower <= A x <= rowUpper} and
 * {@code lower <= x <= upper}. Every value going in and out is in the model's units and objective
 * sense; scaling and the internal minimization are invisible.
 *
 * <p>Sign conventions of the dual values: {@code d = c - A^T y} in the model's own objective. For a
 * minimization at an optimum, {@code d_j >= 0} for columns at their lower bound and {@code <= 0} at
 * their upper bound, and {@code y_i >= 0} for a row at its lower side, {@code <= 0} at its upper
 * side; for a maximization every sign is reversed.
 *
 * <p>Not thread-safe; one instance per thread (strong branching in parallel needs one copy each).
 */
public interface LpSolver {

    int numColumns();

    int numRows();

    // ---- model changes -----------------------------------------------------------------------

    double lower(int j);

    double upper(int j);

    /** Changes the bounds of structural column {@code j}; the basis and factorization are kept. */
    void setBounds(int j, double lower, double upper);

    double rowLower(int i);

    double rowUpper(int i);

    /** Changes the sides of row {@code i}. */
    void setRowBounds(int i, double lower, double upper);

    /** Objective coefficient of column {@code j}, in the model's sense. */
    double cost(int j);

    /** Changes an objective coefficient (the basis is kept; it stays primal feasible). */
    void setCost(int j, double cost);

    /**
     * Appends {@code count} rows (cuts) in compressed row form: row {@code r} has entries
     * {@code columns[k], values[k]} for {@code k} in {@code [starts[r], starts[r+1])}. The new rows'
     * logicals enter the basis, so the current basis stays a basis.
     *
     * @return index of the first new row
     */
    int addRows(int count, int[] starts, int[] columns, double[] values, double[] lower, double[] upper);

    /**
     * Removes rows (indices in any order, no duplicates); later rows move up. Removing a row whose
     * logical is nonbasic (a tight cut) takes one basic column out of the basis, chosen so that
     * the remaining basis matrix stays nonsingular.
     */
    void removeRows(int[] rows);

    // ---- solving -----------------------------------------------------------------------------

    /** Solves from the current basis (a slack basis before the first solve). */
    LpStatus solve();

    /** Status of the last solve ({@link LpStatus#NOT_SOLVED} after a change). */
    LpStatus status();

    /** Iteration limit per {@link #solve()} call ({@code Long.MAX_VALUE} for none). */
    void setIterationLimit(long iterations);

    /** Time limit per {@link #solve()} call, in seconds (infinite for none). */
    void setTimeLimit(double seconds);

    /** Polled every few iterations; returning true stops the solve with {@link LpStatus#STOPPED}. */
    void setStopCheck(BooleanSupplier stop);

    /**
     * Objective cutoff in the model's sense: the dual simplex stops with {@link LpStatus#CUTOFF}
     * as soon as it proves the optimum worse than this value (greater for a minimization, smaller
     * for a maximization). Infinite (the default for the sense) disables it.
     */
    void setObjectiveCutoff(double cutoff);

    /** Iterations of the last solve. */
    long iterations();

    /** Iterations of all solves of this instance. */
    long totalIterations();

    // ---- basis -------------------------------------------------------------------------------

    Basis getBasis();

    /** Installs a basis (e.g. a parent node's); the next solve factors it and starts from it. */
    void setBasis(Basis basis);

    BasisStatus columnStatus(int j);

    BasisStatus rowStatus(int i);

    /**
     * The basic variables by basis position ({@link #numRows()} entries, a copy): a value
     * {@code k < numColumns()} is structural column {@code k}, {@code k >= numColumns()} the logical of
     * row {@code k - numColumns()} (whose value is the row activity {@code a_i.x}).
     */
    int[] basisHeader();

    /**
     * Row {@code position} of the simplex tableau {@code B^-1 [A  -I]} in model units, for cut
     * separation (Gomory). Fills {@code out} (length at least {@code numColumns() + numRows()}) with
     * coefficients {@code alpha} over the structural columns followed by the row logicals such that every
     * {@code z = (x, s)} with {@code s = A x} satisfies {@code sum_k alpha_k z_k = 0}; {@code alpha} is
     * exactly 1 at the basic variable of {@code position} ({@link #basisHeader()}) and exactly 0 at the
     * other basic variables, so the row reads {@code z_B = -sum_{k nonbasic} alpha_k z_k}. Factors the
     * basis first if it is not factored (normally it is after a solve). One BTRAN and one pass over the
     * matrix.
     *
     * @throws IllegalStateException when the basis cannot be factored
     */
    void tableauRow(int position, double[] out);

    /**
     * Saves the basis and its factorization state for a cheap {@link #restore}: the pattern for
     * strong branching is {@code checkpoint(); setBounds(child); solve(few iterations);
     * setBounds(back); restore(cp)}. Bounds are not part of a checkpoint.
     */
    Checkpoint checkpoint();

    /**
     * Returns to a checkpoint of this solver: basis, steepest-edge weights, status and solution
     * values. Without a refactorization in between this only truncates the update file.
     *
     * @throws IllegalArgumentException for a checkpoint of another solver or of a different shape
     */
    void restore(Checkpoint checkpoint);

    // ---- row access (cutting planes) ---------------------------------------------------------------

    /**
     * Number of entries of row {@code i} (model rows and added cut rows alike).
     */
    int rowLength(int i);

    /**
     * Copies row {@code i}'s coefficients in model units into {@code columns}/{@code values}
     * (each of length at least {@link #rowLength(int)}), sorted by column.
     *
     * @return the number of entries written
     */
    int row(int i, int[] columns, double[] values);

    // ---- results (valid after a solve; model units and sense) --------------------------------

    /** Objective {@code c.x + constant} of the current primal values. */
    double objective();

    /**
     * A proven bound on the LP optimum from the current duals: a lower bound for a minimization
     * (upper for a maximization) that holds whatever the status, or minus infinity (plus for a
     * maximization) when the duals give none. Equals the objective at an optimum up to tolerances.
     */
    double dualBound();

    double primal(int j);

    /** Column values into {@code out} (length at least {@link #numColumns()}). */
    void primalValues(double[] out);

    double[] primalValues();

    /** Row activities {@code A x}. */
    double[] rowActivities();

    /** Row duals {@code y}. */
    double[] duals();

    /** Reduced costs {@code d = c - A^T y} of the columns. */
    double[] reducedCosts();

    /**
     * After {@link LpStatus#INFEASIBLE}: row multipliers {@code y} that prove infeasibility, i.e.
     * with {@code z = A^T y}, {@code sum_j max(z_j l_j, z_j u_j) + sum_i max(-y_i rl_i, -y_i ru_i) < 0}
     * (no {@code x} within its bounds can make {@code y^T(Ax - s) = 0} for any {@code s} within the
     * row sides). Null otherwise, and also when the model itself has a column or row whose lower
     * bound exceeds its upper bound (infeasible without any certificate).
     */
    double[] farkasCertificate();

    /**
     * After {@link LpStatus#UNBOUNDED}: a direction {@code r} of the columns with {@code x + t r}
     * feasible for all {@code t >= 0} from the returned point and {@code c.r} improving (negative
     * for a minimization). Null otherwise.
     */
    double[] primalRay();

    /** An immutable snapshot of the last solve's results. */
    LpResult result();
}
