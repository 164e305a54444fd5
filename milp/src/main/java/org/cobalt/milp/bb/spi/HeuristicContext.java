package org.cobalt.milp.bb.spi;

import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveResult;

/**
 * What a {@link PrimalHeuristic} sees and may do at a node: the node's LP solution and local bounds, the
 * incumbent, exclusive LP access for dives, sub-MIP solves with cobalt-bb itself, and the submission of
 * candidate solutions. Values are in working-model units and minimization sense; arrays belong to the
 * engine and are valid only during the call.
 */
public interface HeuristicContext {

    /** The working model (after presolve, minimization). */
    MilpModel model();

    /** Number of structural columns. */
    int numColumns();

    /** Depth of the node (0 at the root). */
    int depth();

    /** Nodes processed so far. */
    long nodesProcessed();

    // ---- node LP -----------------------------------------------------------------------------

    /** Objective of the node's LP optimum. */
    double lpObjective();

    /** LP values of the columns. */
    double[] lpSolution();

    /** Reduced costs of the columns (minimization signs). */
    double[] reducedCosts();

    /** Local lower bound of a column at the node. */
    double lower(int column);

    /** Local upper bound of a column at the node. */
    double upper(int column);

    /** Integral columns that are fractional in the LP solution, increasing. */
    int[] fractionalColumns();

    /** The integrality tolerance of the engine. */
    double integralityTolerance();

    /** The feasibility tolerance {@link #submit} checks rows and bounds with (relative to {@code max(1, |side|)}). */
    double feasibilityTolerance();

    /** Pseudocosts of the solve (for guided and pseudocost diving). */
    Pseudocosts pseudocosts();

    // ---- incumbent ---------------------------------------------------------------------------

    /** True once a feasible solution is known. */
    boolean hasIncumbent();

    /** Objective of the incumbent, {@code +infinity} when there is none. */
    double incumbentValue();

    /** The incumbent's values (a copy), or null. */
    double[] incumbent();

    /**
     * The objective a new solution must be below to improve the incumbent (incumbent minus the engine's
     * improvement epsilon), {@code +infinity} without incumbent.
     */
    double cutoffBound();

    /**
     * Offers a candidate solution over the working model's columns. The engine rounds integral columns that
     * are within the integrality tolerance of an integer, checks bounds and every row within the
     * feasibility tolerance and integrality, and accepts the point as the new incumbent when it is feasible
     * and better than the incumbent.
     *
     * @param source name for statistics and the incumbent event (normally {@link PrimalHeuristic#name()})
     * @return true when the candidate became the new incumbent
     */
    boolean submit(double[] values, String source);

    // ---- LP experiments and sub-MIPs ----------------------------------------------------------

    /**
     * Takes exclusive use of the node's LP (see {@link LpDive}); close it before returning.
     *
     * @throws IllegalStateException when a dive is already open
     */
    LpDive startDive();

    /**
     * Solves {@code subModel} (typically a restriction of {@link #model()} with columns fixed, same column
     * order or not) with cobalt-bb and the same settings, except that heuristics that solve sub-MIPs
     * themselves are skipped below a nesting depth of {@link org.cobalt.milp.bb.BbSettings#maxSubMipDepth()}.
     * The result is in {@code subModel}'s terms; its solution (if any) has passed that model's verifier.
     * Solutions of the sub-MIP are not submitted automatically: map them back and {@link #submit} them.
     */
    SolveResult solveSubMip(MilpModel subModel, SubMipLimits limits);

    /** Nesting depth of sub-MIPs: 0 in the user's solve, 1 inside a sub-MIP, ... */
    int subMipDepth();

    // ---- solve state -------------------------------------------------------------------------

    /** Simplex iterations of all node LPs of this solve so far (a budget reference for dives). */
    long nodeLpIterations();

    /** Seconds left before the solve's time limit ({@code +infinity} without one). */
    double remainingSeconds();

    /** The solve's seeded random source. */
    RandomGenerator random();

    /** True when the solve should wrap up. */
    boolean shouldStop();
}
