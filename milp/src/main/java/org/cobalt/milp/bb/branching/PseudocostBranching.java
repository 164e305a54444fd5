package org.cobalt.milp.bb.branching;

import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.milp.bb.spi.Pseudocosts;

/**
 * Pseudocost branching: the candidate with the best product score of its pseudocost-predicted child
 * gains (ties: the more fractional, then the lowest column). Columns without observations use the
 * average pseudocosts of the columns that have some ("initialization by averages"; 1 before any
 * observation, which makes the first choices most-fractional).
 */
public final class PseudocostBranching implements BranchingRule {

    @Override
    public String name() {
        return "pscost";
    }

    @Override
    public BranchingDecision branch(BranchingContext ctx) {
        Pseudocosts pc = ctx.pseudocosts();
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestFrac = -1.0;
        for (int j : ctx.candidates()) {
            double x = ctx.lpValue(j);
            double score = pc.score(j, x);
            double f = x - Math.floor(x);
            double frac = Math.min(f, 1.0 - f);
            if (score > bestScore || (score == bestScore && frac > bestFrac)) {
                bestScore = score;
                bestFrac = frac;
                best = j;
            }
        }
        return BranchingDecision.Branch.on(best, ctx.lpValue(best));
    }

    @Override
    public String toString() {
        return name();
    }
}
