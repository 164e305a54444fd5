package org.cobalt.milp.bb.branching;

import java.util.Arrays;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.milp.bb.spi.BranchingScores;
import org.cobalt.milp.bb.spi.Pseudocosts;
import org.cobalt.milp.bb.spi.StrongBranchResult;

/**
 * Reliability pseudocost branching (Achterberg, Koch and Martin 2005) with SCIP's defaults
 * ({@code branch_relpscost.c}, SCIP 7–9):
 * <ul>
 *   <li>a candidate's pseudocosts are <em>reliable</em> when both directions have at least {@code eta}
 *       observations; {@code eta} moves between {@code minReliable} (1) and {@code maxReliable} (5) with the
 *       strong-branching effort: with {@code budget = sbIterQuotient * nodeLpIterations + sbIterOffset}
 *       (0.5 and 100 000), {@code p = clamp((budget - sbIterations) / (sbIterations + 1), 0, 1)} and
 *       {@code eta = (1 - p) minReliable + p maxReliable};</li>
 *   <li>unreliable candidates are strong-branched in decreasing order of their pseudocost score, at most
 *       {@code initCandidates} (100) of them, each child limited to {@code initIterations} simplex
 *       iterations (0: automatic, twice the average iterations of a node LP, within [10, 500]); the pass
 *       stops after {@code maxLookahead} (9) consecutive probes that did not improve the best score;</li>
 *   <li>all scores are product scores of child gains (strong-branching gains for probed candidates,
 *       pseudocost predictions otherwise); a probe with both children pruned prunes the node, one pruned
 *       child tightens the candidate's bound and the node is re-solved.</li>
 * </ul>
 * The older default of a fixed threshold 8 is {@code new ReliabilityBranching(8, 8, ...)}.
 */
public record ReliabilityBranching(double minReliable, double maxReliable, double sbIterQuotient, long sbIterOffset,
                                   int maxLookahead, int initCandidates, int initIterations) implements BranchingRule {

    public ReliabilityBranching {
        if (!(minReliable >= 0) || !(maxReliable >= minReliable) || !(sbIterQuotient >= 0) || sbIterOffset < 0
                || maxLookahead < 1 || initCandidates < 0 || initIterations < 0) {
            throw new IllegalArgumentException("invalid reliability branching settings");
        }
    }

    /** SCIP's defaults (see the class comment). */
    public ReliabilityBranching() {
        this(1.0, 5.0, 0.5, 100_000L, 9, 100, 0);
    }

    @Override
    public String name() {
        return "reliability";
    }

    /** The reliability threshold for the current strong-branching effort. */
    public double threshold(long nodeLpIterations, long sbIterations) {
        double budget = sbIterQuotient * nodeLpIterations + sbIterOffset;
        double p = (budget - sbIterations) / (sbIterations + 1.0);
        p = Math.max(0.0, Math.min(1.0, p));
        return (1.0 - p) * minReliable + p * maxReliable;
    }

    @Override
    public BranchingDecision branch(BranchingContext ctx) {
        int[] cands = ctx.candidates().clone();
        Pseudocosts pc = ctx.pseudocosts();
        double eta = threshold(ctx.nodeLpIterations(), ctx.strongBranchIterations());
        int count = cands.length;
        double[] score = new double[count];
        boolean[] reliable = new boolean[count];
        int unreliable = 0;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            int j = cands[k];
            score[k] = pc.score(j, ctx.lpValue(j));
            reliable[k] = Math.min(pc.downCount(j), pc.upCount(j)) >= eta;
            if (reliable[k]) {
                if (score[k] > bestScore) {
                    bestScore = score[k];
                    best = k;
                }
            } else {
                unreliable++;
            }
        }
        double downBound = Double.NEGATIVE_INFINITY;
        double upBound = Double.NEGATIVE_INFINITY;
        if (unreliable > 0 && initCandidates > 0) {
            // unreliable candidates by decreasing pseudocost score (ties: lower column first)
            Integer[] idx = new Integer[unreliable];
            int u = 0;
            for (int k = 0; k < count; k++) {
                if (!reliable[k]) {
                    idx[u++] = k;
                }
            }
            Arrays.sort(idx, (a, b) -> {
                int c = Double.compare(score[b], score[a]);
                return c != 0 ? c : Integer.compare(cands[a], cands[b]);
            });
            int iterations = initIterations > 0 ? initIterations : autoIterations(ctx);
            int probed = 0;
            int sinceImprovement = 0;
            boolean tightened = false;
            for (int t = 0; t < unreliable && probed < initCandidates && sinceImprovement < maxLookahead; t++) {
                if (ctx.shouldStop() && best >= 0) {
                    break;
                }
                int k = idx[t];
                int j = cands[k];
                StrongBranchResult r = ctx.strongBranch(j, iterations);
                probed++;
                if (r.bothPruned()) {
                    return new BranchingDecision.Prune("both strong-branching children of column " + j + " pruned");
                }
                if (r.downStatus().prunes() || r.upStatus().prunes()) {
                    boolean ok = r.downStatus().prunes()
                            ? ctx.tightenBounds(j, Math.ceil(r.value()), Double.POSITIVE_INFINITY)
                            : ctx.tightenBounds(j, Double.NEGATIVE_INFINITY, Math.floor(r.value()));
                    if (!ok) {
                        return new BranchingDecision.Prune("column " + j + " has no feasible side");
                    }
                    tightened = true;
                    continue;
                }
                double s = BranchingScores.product(r.downGain(), r.upGain());
                if (s > bestScore) {
                    bestScore = s;
                    best = k;
                    downBound = r.downBound();
                    upBound = r.upBound();
                    sinceImprovement = 0;
                } else {
                    sinceImprovement++;
                }
            }
            if (tightened) {
                return new BranchingDecision.Resolve();
            }
            // unprobed unreliable candidates still compete with their pseudocost scores
            for (int t = probed; t < unreliable; t++) {
                int k = idx[t];
                if (score[k] > bestScore) {
                    bestScore = score[k];
                    best = k;
                    downBound = Double.NEGATIVE_INFINITY;
                    upBound = Double.NEGATIVE_INFINITY;
                }
            }
        } else {
            for (int k = 0; k < count; k++) {
                if (score[k] > bestScore) {
                    bestScore = score[k];
                    best = k;
                }
            }
        }
        int j = cands[best];
        return BranchingDecision.Branch.on(j, ctx.lpValue(j)).withBounds(downBound, upBound);
    }

    private static int autoIterations(BranchingContext ctx) {
        long lps = Math.max(1, ctx.nodeLpCount());
        long avg = 2 * ctx.nodeLpIterations() / lps;
        return (int) Math.max(10, Math.min(500, avg));
    }

    @Override
    public String toString() {
        return name();
    }
}
