package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;

import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Test;

/** Node, time, iteration limits and stop requests end the search with an honest status and bound. */
class LimitsTest {

    private static void assertHonest(MilpModel m, SolveResult r) {
        assertThat(r.status()).isIn(SolveStatus.FEASIBLE, SolveStatus.LIMIT_REACHED);
        if (r.hasSolution()) {
            assertThat(Verifiers.check(m, r.solution()).feasible()).isTrue();
            double sign = m.isMaximization() ? -1 : 1;
            assertThat(sign * r.bound()).isLessThanOrEqualTo(sign * r.objective() + 1e-9);
        }
    }

    @Test
    void nodeLimit() {
        MilpModel m = TestInstances.knapsack(3, 60);
        SolveResult r = new CobaltBbSolver().solve(m, SolveOptions.builder().nodeLimit(7)
                .parameter("cobalt-bb.branching", "mostfrac").parameter("cobalt-bb.cuts", "false").parameter("cobalt-bb.nodeselection", "bestbound").build(), null);
        assertHonest(m, r);
        assertThat(r.stats().nodes()).isEqualTo(7);
        assertThat(r.message()).contains("node limit");
    }

    @Test
    void timeLimit() {
        MilpModel m = TestInstances.knapsack(4, 400);
        long t0 = System.nanoTime();
        SolveResult r = new CobaltBbSolver().solve(m, SolveOptions.builder().timeLimitSeconds(0.5)
                .parameter("cobalt-bb.branching", "mostfrac").parameter("cobalt-bb.cuts", "false").parameter("cobalt-bb.nodeselection", "bestbound").build(), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertHonest(m, r);
        assertThat(seconds).isLessThan(5.0);
    }

    @Test
    void iterationLimit() {
        MilpModel m = TestInstances.knapsack(5, 60);
        SolveResult r = new CobaltBbSolver().solve(m, SolveOptions.builder().iterationLimit(40)
                .parameter("cobalt-bb.branching", "mostfrac").parameter("cobalt-bb.cuts", "false").build(), null);
        assertHonest(m, r);
        assertThat(r.stats().lpIterations()).isLessThanOrEqualTo(40 + 200);
    }

    @Test
    void stopRequestFromTheListener() {
        MilpModel m = TestInstances.knapsack(6, 80);
        SolveResult r = new CobaltBbSolver().solve(m, SolveOptions.builder()
                .parameter("cobalt-bb.branching", "mostfrac").parameter("cobalt-bb.cuts", "false").parameter("cobalt-bb.nodeselection", "bestbound").build(),
                (event, control) -> {
                    if (event instanceof NewIncumbent) {
                        control.requestStop();
                    }
                });
        assertHonest(m, r);
        assertThat(r.hasSolution()).isTrue();
        assertThat(r.message()).contains("stop requested");
    }
}
