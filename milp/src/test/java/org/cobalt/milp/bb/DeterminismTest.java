package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Same seed, same search: node counts, iterations, objective and event values are identical. */
class DeterminismTest {

    @ParameterizedTest
    @ValueSource(strings = {"mostfrac", "pscost", "strong", "reliability"})
    void sameSeedGivesTheSameSearch(String rule) {
        MilpModel model = TestInstances.knapsack(11, 26);
        SolveOptions o = SolveOptions.builder().seed(5).parameter("cobalt-bb.branching", rule)
                .parameter("cobalt-bb.cuts", "false").build();
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        SolveResult a = new CobaltBbSolver().solve(model, o, (e, c) -> record(e, first));
        SolveResult b = new CobaltBbSolver().solve(model, o, (e, c) -> record(e, second));
        assertThat(a.stats().nodes()).isEqualTo(b.stats().nodes()).isGreaterThan(1);
        assertThat(a.stats().lpIterations()).isEqualTo(b.stats().lpIterations());
        assertThat(a.stats().counters()).isEqualTo(b.stats().counters());
        assertThat(a.objective()).isEqualTo(b.objective());
        assertThat(a.solution()).isEqualTo(b.solution());
        assertThat(first).isEqualTo(second).isNotEmpty();
    }

    private static void record(Object e, List<Double> out) {
        if (e instanceof NewIncumbent n) {
            out.add(n.objective());
        } else if (e instanceof BoundImproved b) {
            out.add(-b.bound());
        }
    }
}
