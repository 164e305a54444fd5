package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.Finished;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.event.Started;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Started first, Finished last, incumbents improving, bounds improving and never past the optimum. */
class EventsTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eventsComeInOrderAndImprove(boolean maximize) {
        MilpModel m = maximize ? TestInstances.knapsack(8, 30) : TestInstances.setCover(8);
        assertThat(m.isMaximization()).isEqualTo(maximize);
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = new CobaltBbSolver().solve(m, SolveOptions.builder()
                .parameter("cobalt-bb.branching", "pscost").parameter("cobalt-bb.cuts", "false").build(), (e, c) -> events.add(e));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(events.get(0)).isInstanceOf(Started.class);
        assertThat(events.get(events.size() - 1)).isInstanceOf(Finished.class);
        double sign = maximize ? -1 : 1;
        double lastIncumbent = Double.POSITIVE_INFINITY;
        double lastBound = Double.NEGATIVE_INFINITY;
        int incumbents = 0;
        int bounds = 0;
        for (SolverEvent e : events.subList(1, events.size() - 1)) {
            assertThat(e).isNotInstanceOfAny(Started.class, Finished.class);
            if (e instanceof NewIncumbent n) {
                assertThat(sign * n.objective()).isLessThan(lastIncumbent);
                lastIncumbent = sign * n.objective();
                incumbents++;
            } else if (e instanceof BoundImproved b) {
                assertThat(sign * b.bound()).isGreaterThan(lastBound);
                assertThat(sign * b.bound()).isLessThanOrEqualTo(sign * r.objective() + 1e-9);
                lastBound = sign * b.bound();
                bounds++;
            }
        }
        assertThat(incumbents).isPositive();
        assertThat(bounds).isPositive();
        assertThat(sign * r.objective()).isEqualTo(lastIncumbent);
        assertThat(((Finished) events.get(events.size() - 1)).result()).isSameAs(r);
    }
}
