package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.milp.bb.branching.MostFractional;
import org.cobalt.milp.bb.branching.PseudocostBranching;
import org.cobalt.milp.bb.branching.ReliabilityBranching;
import org.cobalt.milp.bb.branching.StrongBranching;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.milp.bb.spi.BranchingScores;
import org.cobalt.milp.bb.spi.StrongBranchResult;
import org.junit.jupiter.api.Test;

/** The classical rules on hand-made nodes, and strong branching inside real searches. */
class BranchingRulesTest {

    private static int chosen(BranchingDecision d) {
        assertThat(d).isInstanceOf(BranchingDecision.Branch.class);
        return ((BranchingDecision.Branch) d).column();
    }

    /**
     * Regression: full strong branching on a 150 x 300 set cover (Ecole generator, seed 627) failed with
     * "column 97: invalid bounds [1.0, 0.0]": a new incumbent's global reduced-cost fixing had moved a
     * candidate's upper bound below the ceiling of its (stale) node-LP value, and the up probe set
     * crossing bounds on the LP. A child with an empty domain is now an infeasible probe.
     */
    @Test
    void strongBranchingSurvivesBoundsChangedSinceTheNodeLp() {
        MilpModel m = new org.cobalt.instances.generate.milp.SetCoverGenerator(150, 300, 0.05, 100)
                .generate(new java.util.SplittableRandom(627), "setcover-150x300-s627");
        SolveOptions o = SolveOptions.builder().seed(627).threads(1).nodeLimit(1000).build();
        SolveResult strong = new CobaltBbSolver(BbSettings.defaults().withBranchingRule(new StrongBranching()))
                .solve(m, o, null);
        SolveResult reliability = new CobaltBbSolver().solve(m, o, null);
        assertThat(strong.status()).as(strong.message()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(reliability.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(strong.objective()).isCloseTo(reliability.objective(), within(1e-6));
        assertThat(org.cobalt.core.verify.Verifiers.check(m, strong.solution()).feasible()).isTrue();
    }

    @Test
    void mostFractionalPicksTheValueClosestToOneHalf() {
        StubContext c = new StubContext(new double[] {0.1, 2.45, 0.7, 5.52, 0.9}, new int[] {0, 1, 2, 3, 4}, 0);
        assertThat(chosen(new MostFractional().branch(c))).isEqualTo(3);
    }

    @Test
    void productScorePrefersBalancedGains() {
        assertThat(BranchingScores.product(1, 1)).isGreaterThan(BranchingScores.product(0, 100));
        assertThat(BranchingScores.product(0, 0)).isEqualTo(1e-12);
        assertThat(BranchingScores.product(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY))
                .isGreaterThan(BranchingScores.product(Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void strongBranchingPicksTheBestProductScoreNotTheBestSum() {
        StubContext c = new StubContext(new double[] {0.5, 0.5, 0.5}, new int[] {0, 1, 2}, 10);
        c.downBound[0] = 10;
        c.upBound[0] = 30;     // sum 20, product eps * 20
        c.downBound[1] = 13;
        c.upBound[1] = 13;     // sum 6, product 9
        c.downBound[2] = 12;
        c.upBound[2] = 14;     // sum 6, product 8
        BranchingDecision d = new StrongBranching().branch(c);
        assertThat(chosen(d)).isEqualTo(1);
        assertThat(((BranchingDecision.Branch) d).downBound()).isEqualTo(13);
        assertThat(c.probed).containsExactly(0, 1, 2);
    }

    @Test
    void strongBranchingPrunesWhenBothChildrenAreInfeasibleAndResolvesWhenOneIs() {
        StubContext c = new StubContext(new double[] {0.5, 0.5}, new int[] {0, 1}, 0);
        c.downBound[1] = Double.POSITIVE_INFINITY;
        c.upBound[1] = Double.POSITIVE_INFINITY;
        assertThat(new StrongBranching().branch(c)).isInstanceOf(BranchingDecision.Prune.class);
        StubContext d = new StubContext(new double[] {0.5, 0.5}, new int[] {0, 1}, 0);
        d.downBound[1] = Double.POSITIVE_INFINITY;
        assertThat(new StrongBranching().branch(d)).isInstanceOf(BranchingDecision.Resolve.class);
    }

    @Test
    void pseudocostBranchingUsesAveragesForUninitializedColumns() {
        StubContext c = new StubContext(new double[] {0.5, 0.5, 0.5}, new int[] {0, 1, 2}, 0);
        c.pcDown[0] = 2;
        c.pcDownCount[0] = 1;
        c.pcUp[0] = 2;
        c.pcUpCount[0] = 1;
        c.pcDown[1] = 10;
        c.pcDownCount[1] = 1;
        c.pcUp[1] = 0.1;
        c.pcUpCount[1] = 1;
        // column 2 has no history: it is scored with the averages (6, 1.05)
        double s0 = c.pseudocosts().score(0, 0.5);
        double s1 = c.pseudocosts().score(1, 0.5);
        double s2 = c.pseudocosts().score(2, 0.5);
        assertThat(s2).isCloseTo(BranchingScores.product(6 * 0.5, 1.05 * 0.5), within(1e-12));
        int best = s0 >= s1 && s0 >= s2 ? 0 : s1 >= s2 ? 1 : 2;
        assertThat(chosen(new PseudocostBranching().branch(c))).isEqualTo(best);
    }

    @Test
    void reliabilityThresholdFollowsTheStrongBranchingEffort() {
        ReliabilityBranching r = new ReliabilityBranching();
        assertThat(r.threshold(0, 0)).isEqualTo(5.0);
        assertThat(r.threshold(1_000_000, 100_000)).isEqualTo(5.0);
        // budget 0.5 * 1e6 + 1e5 = 6e5 exhausted: the minimum
        assertThat(r.threshold(1_000_000, 600_000)).isEqualTo(1.0);
        double mid = r.threshold(1_000_000, 400_000);
        assertThat(mid).isBetween(1.0, 5.0);
    }

    @Test
    void reliabilityBranchingSkipsStrongBranchingForReliableCandidates() {
        StubContext c = new StubContext(new double[] {0.5, 0.3, 0.8}, new int[] {0, 1, 2}, 0);
        for (int j = 0; j < 3; j++) {
            c.pcDown[j] = j + 1;
            c.pcUp[j] = 3 - j;
            c.pcDownCount[j] = 9;
            c.pcUpCount[j] = 9;
        }
        int col = chosen(new ReliabilityBranching().branch(c));
        assertThat(c.probed).isEmpty();
        // product scores: 0.5*1 x 0.5*3 = 0.75, 0.3*2 x 0.7*2 = 0.84, 0.8*3 x 0.2*1 = 0.48
        assertThat(col).isEqualTo(1);
    }

    @Test
    void reliabilityBranchingProbesUnreliableCandidatesInScoreOrderWithLookahead() {
        int n = 6;
        double[] x = new double[n];
        int[] cands = new int[n];
        StubContext c = new StubContext(x, cands, 0);
        for (int j = 0; j < n; j++) {
            x[j] = 0.5;
            cands[j] = j;
            // pseudocost scores decrease with j (all unreliable: one observation)
            c.pcDown[j] = n - j;
            c.pcUp[j] = n - j;
            c.pcDownCount[j] = 1;
            c.pcUpCount[j] = 1;
            c.downBound[j] = 1;
            c.upBound[j] = 1;
        }
        c.downBound[0] = 2;
        c.upBound[0] = 2;
        ReliabilityBranching rule = new ReliabilityBranching(1.0, 5.0, 0.5, 100_000, 2, 100, 0);
        int col = chosen(rule.branch(c));
        assertThat(col).isEqualTo(0);
        // 0 is best; 1 and 2 do not improve: the lookahead of 2 stops the pass
        assertThat(c.probed).containsExactly(0, 1, 2);
    }

    /** Asks strong branching for its choice and checks it against every candidate's product score. */
    private static final class CheckingStrongBranching implements BranchingRule {
        final List<Boolean> checks = new ArrayList<>();

        @Override
        public String name() {
            return "checking-strong";
        }

        @Override
        public BranchingDecision branch(BranchingContext ctx) {
            double best = Double.NEGATIVE_INFINITY;
            boolean anyPruned = false;
            double[] scores = new double[ctx.numColumns()];
            for (int j : ctx.candidates()) {
                StrongBranchResult r = ctx.strongBranch(j, 0);
                anyPruned |= r.downStatus().prunes() || r.upStatus().prunes();
                scores[j] = r.productScore();
                best = Math.max(best, scores[j]);
            }
            BranchingDecision d = new StrongBranching().branch(ctx);
            if (!anyPruned) {
                checks.add(d instanceof BranchingDecision.Branch b && scores[b.column()] == best);
            }
            return d;
        }
    }

    @Test
    void strongBranchingPicksTheBestProductScoreInRealSearches() {
        for (long seed = 1; seed <= 3; seed++) {
            MilpModel m = TestInstances.knapsack(seed, 20);
            CheckingStrongBranching rule = new CheckingStrongBranching();
            // without heuristics there is no early incumbent, so few probes are cut off
            SolveResult r = new CobaltBbSolver(BbSettings.defaults().withBranchingRule(rule).withHeuristics(List.of())
                    .withSeparators(List.of()))
                    .solve(m, SolveOptions.DEFAULT, null);
            assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(rule.checks).isNotEmpty().containsOnly(true);
        }
    }
}
