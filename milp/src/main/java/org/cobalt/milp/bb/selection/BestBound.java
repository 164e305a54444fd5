package org.cobalt.milp.bb.selection;

import org.cobalt.milp.bb.spi.NodeSelector;
import org.cobalt.milp.bb.spi.NodeView;
import org.cobalt.milp.bb.spi.SelectionContext;

/**
 * Best-first search: always the open node with the lowest bound (ties: the better estimate, then the
 * deeper node, then the older one). A child of the node just processed that ties with the best bound is
 * taken instead, so that ties are broken towards the warm LP state. Proves optimality with the fewest
 * nodes for a given branching, but finds solutions late and keeps many nodes open.
 */
public final class BestBound implements NodeSelector {

    @Override
    public String name() {
        return "bestbound";
    }

    @Override
    public int compare(NodeView a, NodeView b) {
        int c = Double.compare(a.lowerBound(), b.lowerBound());
        if (c != 0) {
            return c;
        }
        c = Double.compare(a.estimate(), b.estimate());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(b.depth(), a.depth());
        return c != 0 ? c : Long.compare(a.id(), b.id());
    }

    @Override
    public NodeView select(SelectionContext ctx) {
        NodeView best = ctx.first();
        for (NodeView child : ctx.children()) {
            if (best != null && child.lowerBound() <= best.lowerBound()) {
                return child;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return name();
    }
}
