package org.cobalt.milp.bb.branching;

import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;

/**
 * Branches on the candidate whose fractional part is closest to 1/2 (ties: the lowest column). The
 * classical baseline; about as good as a random choice (Achterberg, Koch and Martin 2005).
 */
public final class MostFractional implements BranchingRule {

    @Override
    public String name() {
        return "mostfrac";
    }

    @Override
    public BranchingDecision branch(BranchingContext ctx) {
        int[] cands = ctx.candidates();
        int best = -1;
        double bestScore = -1.0;
        for (int j : cands) {
            double x = ctx.lpValue(j);
            double f = x - Math.floor(x);
            double score = Math.min(f, 1.0 - f);
            if (score > bestScore) {
                bestScore = score;
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
