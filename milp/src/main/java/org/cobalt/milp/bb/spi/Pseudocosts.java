package org.cobalt.milp.bb.spi;

/**
 * Per-column pseudocosts of the current solve: the average objective gain per unit of change of a
 * column's value when its down (up) child was solved, {@code gain / (value - floor(value))} for down
 * and {@code gain / (ceil(value) - value)} for up. The engine updates them after every child LP it
 * solves to optimality and after every strong-branching probe solved to optimality (both count as one
 * observation). Read-only for rules.
 */
public interface Pseudocosts {

    /**
     * Down pseudocost of {@code column}: its own average when it has observations, else the average over
     * all columns with down observations, else 1.
     */
    double down(int column);

    /** Up pseudocost of {@code column}, with the same fallbacks as {@link #down}. */
    double up(int column);

    /** Number of down observations of {@code column}. */
    int downCount(int column);

    /** Number of up observations of {@code column}. */
    int upCount(int column);

    /** Average down pseudocost over the columns that have observations, 1 when none has. */
    double averageDown();

    /** Average up pseudocost over the columns that have observations, 1 when none has. */
    double averageUp();

    /**
     * Product score of the pseudocost-predicted gains of branching on {@code column} at {@code value}:
     * {@code product(down * f, up * (1 - f))} with {@code f = value - floor(value)}.
     */
    default double score(int column, double value) {
        double f = value - Math.floor(value);
        return BranchingScores.product(down(column) * f, up(column) * (1.0 - f));
    }
}
