package org.cobalt.milp.bb.spi;

import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.lp.BasisStatus;

/**
 * The node a {@link BranchingRule} decides for: its LP solution (solved to optimality), basis, local
 * bounds, branching candidates, the solve's pseudocosts and incumbent, strong-branching probes and the
 * lazily built bipartite graph. Values are in the working model's units and minimization sense (see the
 * package conventions); arrays belong to the engine and are valid only during the call.
 *
 * <p>Columns are the working model's {@code 0 .. numColumns()-1}; LP rows are the model's rows
 * {@code 0 .. model().numRows()-1} followed by the cuts in the LP ({@code numLpRows()} in all).
 */
public interface BranchingContext {

    /** The working model (after presolve, minimization). */
    MilpModel model();

    /** Number of columns of the working model. */
    int numColumns();

    /** Rows of the node LP: the model's rows followed by the cuts currently in the LP. */
    int numLpRows();

    /** The node being branched. */
    NodeView node();

    /** Depth of the node (0 at the root). */
    int depth();

    /** Nodes processed before this one. */
    long nodesProcessed();

    // ---- node LP -----------------------------------------------------------------------------

    /** Objective of the node's LP optimum. */
    double lpObjective();

    /** LP values of all columns. */
    double[] lpSolution();

    /** LP value of one column. */
    double lpValue(int column);

    /** Reduced costs {@code c - A^T y} of all columns (minimization signs: {@code >= 0} at a lower bound). */
    double[] reducedCosts();

    /** Row duals {@code y} of all LP rows. */
    double[] duals();

    /** Row activities {@code A x} of all LP rows. */
    double[] rowActivities();

    /** Basis status of a column. */
    BasisStatus columnStatus(int column);

    /** Basis status of an LP row's logical. */
    BasisStatus rowStatus(int row);

    /** Local lower bound of a column at this node. */
    double lower(int column);

    /** Local upper bound of a column at this node. */
    double upper(int column);

    /** Lower side of an LP row. */
    double rowLower(int row);

    /** Upper side of an LP row. */
    double rowUpper(int row);

    // ---- candidates and history ----------------------------------------------------------------

    /**
     * The branching candidates: integral columns whose LP value is more than the integrality tolerance
     * away from an integer, in increasing column order.
     */
    int[] candidates();

    /** The integrality tolerance the candidates were selected with. */
    double integralityTolerance();

    /** Pseudocosts of this solve. */
    Pseudocosts pseudocosts();

    // ---- incumbent and bounds ----------------------------------------------------------------

    /** True once a feasible solution is known. */
    boolean hasIncumbent();

    /** Objective of the incumbent, {@code +infinity} when there is none. */
    double incumbentValue();

    /** The incumbent's values (a copy), or null. */
    double[] incumbent();

    /**
     * The value a child's LP bound must stay below to be worth exploring: the incumbent value minus the
     * engine's improvement epsilon (1 - eps for integral objectives), {@code +infinity} without incumbent.
     */
    double cutoffBound();

    /** The global lower bound (lowest bound over all open nodes and this one). */
    double globalLowerBound();

    // ---- strong branching --------------------------------------------------------------------

    /**
     * Solves both children of {@code column} from the node's basis, at most {@code iterationLimit}
     * simplex iterations each ({@code <= 0}: no limit), then restores the node's LP exactly (basis,
     * values, bounds). Updates the pseudocosts with every child that was solved to optimality.
     *
     * @throws IllegalArgumentException when {@code column} is not integral or not fractional at the node
     */
    StrongBranchResult strongBranch(int column, int iterationLimit);

    /** Simplex iterations of all node LPs of this solve so far (without strong branching). */
    long nodeLpIterations();

    /** Simplex iterations of all strong-branching probes of this solve so far. */
    long strongBranchIterations();

    /** Node LPs solved so far in this solve. */
    long nodeLpCount();

    /**
     * Tightens a column's local bounds at this node and in its subtree (intersected with the current
     * ones). Use it for implications found by probing, then answer {@link BranchingDecision.Resolve}.
     *
     * @return false when the new bounds would be empty (the node is infeasible: answer
     *         {@link BranchingDecision.Prune})
     */
    boolean tightenBounds(int column, double lower, double upper);

    // ---- learned rules -----------------------------------------------------------------------

    /**
     * The bipartite variable–constraint graph of this node with Gasse et al. (2019) features, built on the
     * first call and cached for the node. Rules that call it should return true from
     * {@link BranchingRule#usesNodeFeatures()} (otherwise the age features are 0).
     */
    BipartiteGraph bipartiteGraph();

    /** The solve's seeded random source (see the package conventions). */
    RandomGenerator random();

    /** True when the solve should wrap up (time limit, stop request). */
    boolean shouldStop();
}
