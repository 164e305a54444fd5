package org.cobalt.milp.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Warm starts on a planted market-split instance: the planted point has objective 0, which is
 * also the LP bound, so an engine that takes the start proves optimality at once, while without
 * it one node is far from enough.
 */
class ReferenceWarmStartTest {

    private static final TestModels.Planted PLANTED = TestModels.plantedMarketSplit(5, 7);

    @Test
    void scipTakesTheWarmStartAsItsFirstIncumbentAndProvesItOptimal() {
        SolveOptions oneNode = SolveOptions.DEFAULT.withNodeLimit(1);
        SolveResult cold = ReferenceSolvers.scip().solve(PLANTED.model(), oneNode);

        List<SolverEvent> events = new ArrayList<>();
        SolveResult warm = ReferenceSolvers.scip().solve(PLANTED.model(),
                oneNode.withWarmStart(new MilpSolution(PLANTED.solution())), SolverListener.of(events::add));

        assertThat(cold.status()).isIn(SolveStatus.FEASIBLE, SolveStatus.LIMIT_REACHED);
        assertThat(cold.status() == SolveStatus.LIMIT_REACHED || cold.objective() > 0).isTrue();
        assertThat(warm.status()).as(warm.message()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(warm.objective()).isZero();
        assertThat(warm.stats().nodes()).isLessThanOrEqualTo(1);
        NewIncumbent first = events.stream().filter(NewIncumbent.class::isInstance).map(NewIncumbent.class::cast)
                .findFirst().orElseThrow();
        assertThat(first.source()).isEqualTo("warm start");
        assertThat(first.objective()).isZero();
        ReferenceStatusTest.assertHonest(PLANTED.model(), warm);
    }

    @Test
    void anInfeasibleWarmStartIsPassedOnButNotAnnounced() {
        double[] bad = PLANTED.solution().clone();
        bad[0] = 1 - bad[0];
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = ReferenceSolvers.scip().solve(PLANTED.model(),
                SolveOptions.DEFAULT.withNodeLimit(1).withWarmStart(new MilpSolution(bad)), SolverListener.of(events::add));
        assertThat(r.message()).contains("warm start is infeasible");
        assertThat(events).noneSatisfy(e -> assertThat(e).isInstanceOfSatisfying(NewIncumbent.class,
                n -> assertThat(n.source()).isEqualTo("warm start")));
        ReferenceStatusTest.assertHonest(PLANTED.model(), r);
    }

    @Test
    void aWarmStartOfTheWrongSizeIsIgnoredWithANote() {
        SolveResult r = ReferenceSolvers.scip().solve(TestModels.knapsack().model(),
                SolveOptions.DEFAULT.withWarmStart(new MilpSolution(new double[] {1, 0})));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.message()).contains("warm start ignored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cbc", "ojalgo"})
    void enginesWithoutMipStartsSaySoAndStillSolve(String id) {
        SolveResult r = ReferenceStatusTest.solver(id).solve(TestModels.knapsack().model(),
                SolveOptions.DEFAULT.withWarmStart(new MilpSolution(new double[] {1, 1, 0, 0})));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isEqualTo(23.0);
        assertThat(r.message()).contains("warm start ignored");
    }
}
