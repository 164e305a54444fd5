package org.cobalt.milp.bb.spi;

import java.util.List;

/** What a {@link NodeSelector} may choose from when the next node is due. */
public interface SelectionContext {

    /** The open node first in the selector's {@link NodeSelector#compare} order, null when none is open. */
    NodeView first();

    /** The open node with the lowest {@link NodeView#lowerBound()} (ties: lowest id), null when none is open. */
    NodeView bestBound();

    /** Open children of the node processed last (empty when it was pruned or had none). */
    List<NodeView> children();

    /** Open siblings of the node processed last (the other children of its parent that are still open). */
    List<NodeView> siblings();

    /** The node processed last, or null before the first. */
    NodeView lastProcessed();

    /** Number of open nodes. */
    int openCount();

    /** Nodes processed in a row as a child or sibling of the previous one (0 after a jump). */
    int plungeDepth();

    /** Nodes processed so far. */
    long nodesProcessed();

    /** Largest depth of any node created so far. */
    int maxDepth();

    /** Objective of the incumbent, {@code +infinity} when there is none. */
    double incumbentValue();

    /** Lowest bound over all open nodes (the global dual bound), {@code +infinity} when none is open. */
    double globalLowerBound();
}
