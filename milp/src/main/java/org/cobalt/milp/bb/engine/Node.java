package org.cobalt.milp.bb.engine;

import org.cobalt.milp.bb.spi.NodeView;

/**
 * A tree node: a parent pointer plus the bound changes that distinguish it from its parent. The
 * branching change is stored inline (one column, one bound); further local tightenings found while the
 * node was processed (strong branching, reduced-cost fixing) go into small primitive arrays that only
 * exist when needed. Children share the parent's basis through one {@link SharedBasis}. About 100 bytes
 * per node without extra changes.
 */
final class Node implements NodeView {

    final long id;
    final Node parent;
    final int depth;
    /** Column of the branching change, -1 for the root. */
    final int branchColumn;
    /** True: the change raised the lower bound to {@link #branchBound}; false: lowered the upper bound. */
    final boolean up;
    final double branchBound;
    /** Distance of the parent's LP value to the new bound (for the pseudocost update), in (0, 1). */
    final double branchDelta;
    /** The parent's LP objective (for the pseudocost update); NaN for the root. */
    final double parentObjective;

    double lowerBound;
    double estimate;
    /** The other child of the same parent, or null. */
    Node sibling;
    /** The parent's basis to warm start from; null once processed or when not stored. */
    SharedBasis basis;

    /** Extra local changes (column, lower, upper), null when none. */
    int[] extraColumns;
    double[] extraLower;
    double[] extraUpper;
    int extraCount;

    /** Position in the selector's heap and in the bound heap, -1 when not queued. */
    int orderPos = -1;
    int boundPos = -1;

    Node(long id, Node parent, int branchColumn, boolean up, double branchBound, double branchDelta,
         double parentObjective, double lowerBound, double estimate) {
        this.id = id;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.branchColumn = branchColumn;
        this.up = up;
        this.branchBound = branchBound;
        this.branchDelta = branchDelta;
        this.parentObjective = parentObjective;
        this.lowerBound = lowerBound;
        this.estimate = estimate;
    }

    static Node root(double lowerBound) {
        return new Node(0, null, -1, false, Double.NaN, Double.NaN, Double.NaN, lowerBound, lowerBound);
    }

    void addExtra(int column, double lower, double upper) {
        if (extraColumns == null) {
            extraColumns = new int[2];
            extraLower = new double[2];
            extraUpper = new double[2];
        } else if (extraCount == extraColumns.length) {
            int cap = extraCount * 2;
            extraColumns = java.util.Arrays.copyOf(extraColumns, cap);
            extraLower = java.util.Arrays.copyOf(extraLower, cap);
            extraUpper = java.util.Arrays.copyOf(extraUpper, cap);
        }
        extraColumns[extraCount] = column;
        extraLower[extraCount] = lower;
        extraUpper[extraCount] = upper;
        extraCount++;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public long parentId() {
        return parent == null ? -1 : parent.id;
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public double lowerBound() {
        return lowerBound;
    }

    @Override
    public double estimate() {
        return estimate;
    }

    @Override
    public int branchColumn() {
        return branchColumn;
    }

    @Override
    public boolean isUpBranch() {
        return up;
    }

    @Override
    public String toString() {
        return "Node[" + id + ", depth " + depth + ", bound " + lowerBound + "]";
    }
}
