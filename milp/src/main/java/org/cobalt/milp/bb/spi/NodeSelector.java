package org.cobalt.milp.bb.spi;

/**
 * Decides which open node the tree search processes next.
 *
 * <p>The engine keeps the open nodes in a priority queue ordered by {@link #compare}; after every
 * processed node it calls {@link #select} with a {@link SelectionContext} that offers the first node in
 * that order, the open node with the best (lowest) bound, and the open children and siblings of the
 * node just processed. Choosing a child of the node just processed is <em>plunging</em>: the engine then
 * continues from the LP state of the parent without reinstalling a stored basis, which is the cheapest
 * transition; any other choice reinstalls the node's bounds and its parent's basis.
 *
 * <p>Implementations: {@code org.cobalt.milp.bb.selection.BestBound}, {@code DepthFirst},
 * {@code BestEstimateWithPlunging}.
 */
public interface NodeSelector {

    /** Short stable name ("bestbound", "dfs", "estimate", ...). */
    String name();

    /**
     * Priority order of the open nodes: negative when {@code a} should come before {@code b}. Must be a
     * consistent total order; break ties by {@link NodeView#id()} so that the search is deterministic.
     */
    int compare(NodeView a, NodeView b);

    /**
     * Picks the next node among the open ones the context offers. The default takes the first node in
     * {@link #compare} order.
     *
     * @return one of the nodes offered by {@code ctx} (never null while {@code ctx.openCount() > 0})
     */
    default NodeView select(SelectionContext ctx) {
        return ctx.first();
    }

    /** The instance to use for one solve: {@code this} when stateless (see the package conventions). */
    default NodeSelector forSolve() {
        return this;
    }
}
