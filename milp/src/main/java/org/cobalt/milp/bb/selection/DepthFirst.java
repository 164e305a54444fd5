package org.cobalt.milp.bb.selection;

import org.cobalt.milp.bb.spi.NodeSelector;
import org.cobalt.milp.bb.spi.NodeView;
import org.cobalt.milp.bb.spi.SelectionContext;

/**
 * Depth-first search: the preferred child of the node just processed, else a sibling, else the deepest
 * open node (ties: the lower bound, then the newest). Few open nodes and warm LPs; bounds improve slowly.
 */
public final class DepthFirst implements NodeSelector {

    @Override
    public String name() {
        return "dfs";
    }

    @Override
    public int compare(NodeView a, NodeView b) {
        int c = Integer.compare(b.depth(), a.depth());
        if (c != 0) {
            return c;
        }
        c = Double.compare(a.lowerBound(), b.lowerBound());
        return c != 0 ? c : Long.compare(b.id(), a.id());
    }

    @Override
    public NodeView select(SelectionContext ctx) {
        if (!ctx.children().isEmpty()) {
            return ctx.children().get(0);
        }
        if (!ctx.siblings().isEmpty()) {
            return ctx.siblings().get(0);
        }
        return ctx.first();
    }

    @Override
    public String toString() {
        return name();
    }
}
