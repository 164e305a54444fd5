package org.cobalt.milp.bb.spi;

/**
 * Chooses how to split a node whose LP solution is fractional. Called once per such node (again after
 * a {@link BranchingDecision.Resolve}), with the node's LP solved to optimality and at least one
 * fractional candidate.
 *
 * <p>Implementations: {@code org.cobalt.milp.bb.branching.MostFractional}, {@code PseudocostBranching},
 * {@code StrongBranching}, {@code ReliabilityBranching}; {@code org.cobalt.milp.bb.record.SampleRecorder}
 * wraps a rule and records strong-branching samples for imitation learning. A learned rule implements
 * this interface and usually asks for {@link BranchingContext#bipartiteGraph()}.
 */
public interface BranchingRule {

    /** Short stable name ("mostfrac", "pscost", "strong", "reliability", ...). */
    String name();

    /** Decides for the node described by {@code ctx}. */
    BranchingDecision branch(BranchingContext ctx);

    /**
     * True when this rule may call {@link BranchingContext#bipartiteGraph()}. The engine then keeps the
     * per-column and per-row LP ages the graph's age features need (O(columns + rows) per node LP);
     * classical rules leave it false and pay nothing.
     */
    default boolean usesNodeFeatures() {
        return false;
    }

    /** The instance to use for one solve: {@code this} when stateless (see the package conventions). */
    default BranchingRule forSolve() {
        return this;
    }
}
