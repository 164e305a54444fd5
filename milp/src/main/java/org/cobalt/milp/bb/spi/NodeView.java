package org.cobalt.milp.bb.spi;

/**
 * Read-only view of a branch-and-bound node, as node selectors and listeners see it. Objective
 * values are in the working model's minimization sense.
 */
public interface NodeView {

    /** Unique within one solve, in creation order; the root is 0. */
    long id();

    /** Id of the parent node, -1 for the root. */
    long parentId();

    /** Depth in the tree; the root has depth 0. */
    int depth();

    /**
     * A proven lower bound on every solution in this node's subtree: the parent's LP bound, or a
     * strong-branching bound of this child when one is known, or the node's own LP bound once solved.
     */
    double lowerBound();

    /**
     * An estimate of the best solution value in the subtree (best-estimate search): the parent's LP
     * objective plus the pseudocost estimate of the remaining fractionalities; never below
     * {@link #lowerBound()}.
     */
    double estimate();

    /** The column whose bound was changed to create this node, -1 for the root. */
    int branchColumn();

    /** True for the child that raised a lower bound ({@code x >= ceil(v)}), false for the down child and the root. */
    boolean isUpBranch();
}
