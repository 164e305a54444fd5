package org.cobalt.milp.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Solver-specific parameters, seeds, gaps, threads, GLOP's LP relaxation and the probe switch. */
class ReferenceOptionsTest {

    private static final MilpModel COVER = TestModels.setCover(60, 120, 0.05, 11);

    @Test
    void scipParametersPassThroughAndWin() {
        MilpModel hard = TestModels.marketSplit(5, 1);
        SolveResult r = ReferenceSolvers.scip().solve(hard, SolveOptions.DEFAULT.withParameter("scip.limits/nodes", "3"));
        assertThat(r.status()).as(r.message()).isIn(SolveStatus.FEASIBLE, SolveStatus.LIMIT_REACHED);
        assertThat(r.stats().nodes()).isLessThanOrEqualTo(3);
    }

    @Test
    void unknownScipParametersAreErrorsNamingThem() {
        SolveResult r = ReferenceSolvers.scip().solve(COVER, SolveOptions.DEFAULT.withParameter("scip.bogus/param", "1"));
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("rejected the solver-specific parameters").contains("bogus/param = 1");
    }

    @Test
    void parametersThatAreNeitherSwitchesNorEngineParametersAreErrors() {
        SolveResult scip = ReferenceSolvers.scip().solve(COVER, SolveOptions.DEFAULT.withParameter("scip.nodes", "1"));
        assertThat(scip.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(scip.message()).contains("unknown parameter scip.nodes").contains("scip.limits/nodes");
        SolveResult cbc = ReferenceSolvers.cbc().solve(COVER, SolveOptions.DEFAULT.withParameter("cbc.randomSeed", "3"));
        assertThat(cbc.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(cbc.message()).contains("no solver-specific parameters to CBC");
        SolveResult bad = ReferenceSolvers.scip().solve(COVER, SolveOptions.DEFAULT.withParameter("scip.probe", "maybe"));
        assertThat(bad.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(bad.message()).contains("scip.probe");
    }

    @Test
    void otherSolversParametersAreIgnored() {
        SolveResult r = ReferenceSolvers.cbc().solve(COVER, SolveOptions.DEFAULT.withParameter("scip.limits/nodes", "1")
                .withParameter("cobalt-bb.anything", "x"));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    void glopParametersPassThroughAndBadOnesAreErrors() {
        MilpModel lp = ReferenceLimitsTest.relax(COVER);
        SolveResult primal = ReferenceSolvers.glop().solve(lp, SolveOptions.DEFAULT);
        SolveResult dual = ReferenceSolvers.glop().solve(lp, SolveOptions.DEFAULT.withParameter("glop.use_dual_simplex", "true"));
        assertThat(dual.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(dual.objective()).isCloseTo(primal.objective(), within(1e-6 * Math.abs(primal.objective())));
        SolveResult bad = ReferenceSolvers.glop().solve(lp, SolveOptions.DEFAULT.withParameter("glop.no_such_field", "1"));
        assertThat(bad.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(bad.message()).contains("no_such_field:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scip", "cbc", "glop", "ojalgo"})
    void theSameSeedGivesTheSameRunTwice(String id) {
        MilpModel m = id.equals("glop") ? ReferenceLimitsTest.relax(COVER) : COVER;
        SolveOptions o = SolveOptions.DEFAULT.withSeed(5);
        SolveResult a = ReferenceStatusTest.solver(id).solve(m, o);
        SolveResult b = ReferenceStatusTest.solver(id).solve(m, o);
        assertThat(a.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(b.objective()).isEqualTo(a.objective());
        assertThat(b.stats().nodes()).isEqualTo(a.stats().nodes());
        assertThat(b.stats().lpIterations()).isEqualTo(a.stats().lpIterations());
        assertThat(b.solution()).isEqualTo(a.solution());
    }

    @Test
    void differentScipSeedsReachTheSameOptimum() {
        SolveResult a = ReferenceSolvers.scip().solve(COVER, SolveOptions.DEFAULT.withSeed(1));
        SolveResult b = ReferenceSolvers.scip().solve(COVER, SolveOptions.DEFAULT.withSeed(987_654_321L));
        assertThat(a.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(b.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(b.objective()).isEqualTo(a.objective());
    }

    @ParameterizedTest
    @ValueSource(strings = {"scip", "cbc", "ojalgo"})
    void gapZeroProvesTheOptimumThatAllEnginesAgreeOn(String id) {
        SolveResult ref = ReferenceSolvers.scip().solve(COVER, SolveOptions.DEFAULT);
        SolveResult r = ReferenceStatusTest.solver(id).solve(COVER, SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isCloseTo(ref.objective(), within(1e-9 * Math.abs(ref.objective())));
        ReferenceStatusTest.assertHonest(COVER, r);
    }

    @Test
    void aLooseRelativeGapStopsScipEarlyWithABoundWithinTheGap() {
        MilpModel m = TestModels.setCover(150, 300, 0.03, 5);
        SolveResult r = ReferenceSolvers.scip().solve(m, SolveOptions.builder().relativeGap(0.2).build());
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.gap()).isLessThanOrEqualTo(0.2 + 1e-9);
        assertThat(r.bound()).isLessThanOrEqualTo(r.objective());
        ReferenceStatusTest.assertHonest(m, r);
    }

    @Test
    void scipRunsWithTwoThreads() {
        SolveResult one = ReferenceSolvers.scip().solve(COVER, SolveOptions.DEFAULT);
        SolveResult two = ReferenceSolvers.scip().solve(COVER, SolveOptions.DEFAULT.withThreads(2));
        assertThat(two.status()).as(two.message()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(two.objective()).isEqualTo(one.objective());
    }

    @Test
    void ignoredOptionsAreNamedInTheMessage() {
        SolveResult r = ReferenceSolvers.cbc().solve(COVER, SolveOptions.builder().threads(4).seed(3).absoluteGap(1).build());
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.message()).contains("single-threaded").contains("seed ignored").contains("absolute gap ignored");
    }

    @Test
    void glopRefusesMilpsUnlessAskedForTheRelaxation() {
        TestModels.Case knapsack = TestModels.knapsack();
        ReferenceMilpSolver glop = ReferenceSolvers.glop();
        assertThat(glop.unsupportedReason(knapsack.model())).contains("LPs only").contains("glop.relax=true");
        SolveResult refused = glop.solve(knapsack.model(), SolveOptions.DEFAULT);
        assertThat(refused.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(refused.message()).contains("LP relaxation");

        SolveOptions relax = SolveOptions.builder().parameter(ReferenceSolvers.GLOP_RELAX, true).build();
        assertThat(glop.unsupportedReason(knapsack.model(), relax)).isNull();
        SolveResult lp = glop.solve(knapsack.model(), relax);
        // LP relaxation: c (2) and a (3) fill 5 of 7, half of b adds 6.5: 10 + 7 + 6.5 = 23.5
        assertThat(lp.status()).isEqualTo(SolveStatus.LIMIT_REACHED);
        assertThat(lp.bound()).isCloseTo(23.5, within(1e-9));
        assertThat(lp.solution()).isNull();
        assertThat(lp.message()).contains("LP relaxation");
    }

    @Test
    void anIntegralRelaxationIsOptimalForTheMilp() {
        MilpModel.Builder b = MilpModel.builder("integral-relaxation");
        int x = b.addVariable("x", 0, 10, org.cobalt.core.milp.VarType.INTEGER, 1);
        b.addRow("r", 3, TestModels.INF, new int[] {x}, new double[] {1});
        SolveResult r = ReferenceSolvers.glop().solve(b.build(), SolveOptions.DEFAULT.withParameter("glop.relax", "true"));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isEqualTo(3.0);
        assertThat(r.message()).contains("LP relaxation");
    }

    @Test
    void withoutTheProbeAmbiguousVerdictsStayAmbiguous() {
        SolveOptions noProbe = SolveOptions.builder().parameter(ReferenceSolvers.probe("scip"), false).build();
        SolveResult milp = ReferenceSolvers.scip().solve(TestModels.milpUnbounded().model(), noProbe);
        assertThat(milp.status()).isEqualTo(SolveStatus.INFEASIBLE_OR_UNBOUNDED);
        SolveResult open = ReferenceSolvers.scip().solve(TestModels.lpInfeasibleUnboundedDirection().model(), noProbe);
        assertThat(open.status()).isEqualTo(SolveStatus.INFEASIBLE_OR_UNBOUNDED);
        SolveResult lp = ReferenceSolvers.scip().solve(TestModels.lpUnbounded().model(), noProbe);
        assertThat(lp.status()).isEqualTo(SolveStatus.UNBOUNDED);
        assertThat(lp.stats().counters()).doesNotContainKey("feasibilitySolves");
        SolveResult probed = ReferenceSolvers.scip().solve(TestModels.milpUnbounded().model(), SolveOptions.DEFAULT);
        assertThat(probed.stats().counters()).containsEntry("feasibilitySolves", 1L);
    }
}
