package org.cobalt.milp.bb.branching;

import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.milp.bb.spi.StrongBranchResult;

/**
 * Full strong branching: solves both children of every candidate and branches on the best product
 * score of the two LP gains ({@link org.cobalt.milp.bb.spi.BranchingScores#product}, ties: the lowest
 * column). A candidate with both children infeasible or cut off prunes the node; one with a single such
 * child has its bounds tightened to the other side, and after the pass the node is re-solved
 * ({@link BranchingDecision.Resolve}). Smallest trees, most expensive nodes.
 *
 * @param iterationLimit simplex iterations per child LP ({@code <= 0}: solve to optimality)
 */
public record StrongBranching(int iterationLimit) implements BranchingRule {

    /** Children solved to optimality. */
    public StrongBranching() {
        this(0);
    }

    @Override
    public String name() {
        return "strong";
    }

    @Override
    public BranchingDecision branch(BranchingContext ctx) {
        int[] cands = ctx.candidates().clone();
        StrongBranchResult best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean tightened = false;
        for (int j : cands) {
            if (ctx.shouldStop() && best != null) {
                break;
            }
            StrongBranchResult r = ctx.strongBranch(j, iterationLimit);
            if (r.bothPruned()) {
                return new BranchingDecision.Prune("both strong-branching children of column " + j + " pruned");
            }
            if (r.downStatus().prunes()) {
                if (!ctx.tightenBounds(j, Math.ceil(r.value()), Double.POSITIVE_INFINITY)) {
                    return new BranchingDecision.Prune("column " + j + " has no feasible side");
                }
                tightened = true;
                continue;
            }
            if (r.upStatus().prunes()) {
                if (!ctx.tightenBounds(j, Double.NEGATIVE_INFINITY, Math.floor(r.value()))) {
                    return new BranchingDecision.Prune("column " + j + " has no feasible side");
                }
                tightened = true;
                continue;
            }
            double score = r.productScore();
            if (score > bestScore) {
                bestScore = score;
                best = r;
            }
        }
        if (tightened || best == null) {
            return new BranchingDecision.Resolve();
        }
        return BranchingDecision.Branch.on(best.column(), best.value()).withBounds(best.downBound(), best.upBound());
    }

    @Override
    public String toString() {
        return name();
    }
}
