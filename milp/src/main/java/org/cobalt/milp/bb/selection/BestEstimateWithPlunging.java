package org.cobalt.milp.bb.selection;

import java.util.List;
import org.cobalt.milp.bb.spi.NodeSelector;
import org.cobalt.milp.bb.spi.NodeView;
import org.cobalt.milp.bb.spi.SelectionContext;

/**
 * Best-estimate search with plunging, after SCIP's default node selector ({@code nodesel_estimate}):
 * <ul>
 *   <li>while the plunge is shorter than the maximal plunge depth, continue with the preferred child of
 *       the node just processed, else the child with the best estimate, else a sibling (the one with the
 *       best estimate), as long as its estimate is below
 *       {@code globalBound + maxPlungeQuotient * (incumbent - globalBound)}; below the minimal plunge depth,
 *       and while there is no incumbent (SCIP takes a fifth of the then infinite gap), the estimate does not
 *       limit plunging;</li>
 *   <li>otherwise jump to the open node with the best estimate, except every {@code bestNodeFrequency}-th
 *       node, which is the best-bound node (so the global bound keeps moving).</li>
 * </ul>
 * Plunge depths: {@code minPlungeDepth} and {@code maxPlungeDepth} of -1 mean a tenth and a half of the
 * largest depth seen so far (SCIP's automatic values), the latter at least 1.
 *
 * @param bestNodeFrequency  every this many nodes the best-bound node is chosen (0: never); SCIP: 10
 * @param minPlungeDepth     plunge at least this deep regardless of estimates (-1: automatic)
 * @param maxPlungeDepth     plunge at most this deep (-1: automatic)
 * @param maxPlungeQuotient  see above; SCIP: 0.25
 */
public record BestEstimateWithPlunging(int bestNodeFrequency, int minPlungeDepth, int maxPlungeDepth,
                                       double maxPlungeQuotient) implements NodeSelector {

    public BestEstimateWithPlunging {
        if (bestNodeFrequency < 0 || minPlungeDepth < -1 || maxPlungeDepth < -1 || !(maxPlungeQuotient >= 0)) {
            throw new IllegalArgumentException("invalid best-estimate settings");
        }
    }

    /** SCIP's defaults: best-bound node every 10th node, automatic plunge depths, quotient 0.25. */
    public BestEstimateWithPlunging() {
        this(10, -1, -1, 0.25);
    }

    @Override
    public String name() {
        return "estimate";
    }

    @Override
    public int compare(NodeView a, NodeView b) {
        int c = Double.compare(a.estimate(), b.estimate());
        if (c != 0) {
            return c;
        }
        c = Double.compare(a.lowerBound(), b.lowerBound());
        if (c != 0) {
            return c;
        }
        return Long.compare(a.id(), b.id());
    }

    @Override
    public NodeView select(SelectionContext ctx) {
        int maxDepthSeen = ctx.maxDepth();
        int minPlunge = minPlungeDepth >= 0 ? minPlungeDepth : maxDepthSeen / 10;
        int maxPlunge = maxPlungeDepth >= 0 ? maxPlungeDepth : Math.max(1, maxDepthSeen / 2);
        maxPlunge = Math.max(maxPlunge, minPlunge);
        if (ctx.plungeDepth() < maxPlunge) {
            double bound = ctx.globalLowerBound();
            double cutoff = ctx.incumbentValue();
            double maxEstimate;
            if (ctx.plungeDepth() < minPlunge || !Double.isFinite(bound)) {
                maxEstimate = Double.POSITIVE_INFINITY;
            } else if (Double.isFinite(cutoff)) {
                maxEstimate = bound + maxPlungeQuotient * (cutoff - bound);
            } else {
                // no incumbent: SCIP takes a fifth of an infinite gap, i.e. keeps plunging
                maxEstimate = Double.POSITIVE_INFINITY;
            }
            if (!ctx.children().isEmpty()) {
                NodeView preferred = ctx.children().get(0);
                if (preferred.estimate() < maxEstimate) {
                    return preferred;
                }
                NodeView best = bestEstimate(ctx.children());
                if (best.estimate() < maxEstimate) {
                    return best;
                }
            }
            if (!ctx.siblings().isEmpty()) {
                NodeView best = bestEstimate(ctx.siblings());
                if (best.estimate() < maxEstimate) {
                    return best;
                }
            }
        }
        if (bestNodeFrequency > 0 && ctx.nodesProcessed() % bestNodeFrequency == 0) {
            return ctx.bestBound();
        }
        return ctx.first();
    }

    private NodeView bestEstimate(List<NodeView> nodes) {
        NodeView best = nodes.get(0);
        for (int k = 1; k < nodes.size(); k++) {
            if (compare(nodes.get(k), best) < 0) {
                best = nodes.get(k);
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return name();
    }
}
