package org.cobalt.milp.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.junit.jupiter.api.Test;

/** ojAlgo's incumbents are streamed as events during the solve. */
class OjAlgoEventsTest {

    @Test
    void theProgressLogParserReadsIncumbentsAndIterations() {
        List<Double> seen = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        OjAlgoProgressLog log = new OjAlgoProgressLog(seen::add, lines::add);
        String text = "[64.2, Infinity] -> FEASIBLE 69.9999999999998 @ { 0, 1, 1 }\n"
                + "\t @ 8481 (8480) 0=0.24 64.2 [0=0<0]\n"
                + "[1.98, 2.99] -> FEASIBLE 2.0000000000000124 @ { 0.0, 1.0 }\n"
                + "garbage -> FEASIBLE x @\n"
                + "Done 9582 IntegerSolver iterations in 0.78s with NodeStatistics [I=10]\n";
        log.write(text.toCharArray(), 0, text.length());
        assertThat(seen).containsExactly(69.9999999999998, 2.0000000000000124);
        assertThat(log.iterations()).isEqualTo(9582);
        assertThat(lines).hasSize(5);
    }

    @Test
    void incumbentsArriveDuringTheSolveImprovingAndEndAtTheResult() {
        MilpModel m = TestModels.marketSplit(3, 2);
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = ReferenceSolvers.ojalgo().solve(m, SolveOptions.DEFAULT, SolverListener.of(events::add));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        List<NewIncumbent> found = events.stream().filter(NewIncumbent.class::isInstance).map(NewIncumbent.class::cast).toList();
        assertThat(found).hasSizeGreaterThan(1);
        assertThat(found).allSatisfy(n -> assertThat(n.source()).isEqualTo("ojalgo"));
        for (int k = 1; k < found.size(); k++) {
            assertThat(found.get(k).objective()).isLessThan(found.get(k - 1).objective());
        }
        assertThat(found.get(found.size() - 1).objective()).isCloseTo(r.objective(), within(1e-9));
        assertThat(r.stats().nodes()).isPositive();

        List<SolverEvent> quiet = new ArrayList<>();
        ReferenceSolvers.ojalgo().solve(m, SolveOptions.DEFAULT.withParameter("ojalgo.events", "false"), SolverListener.of(quiet::add));
        assertThat(quiet.stream().filter(NewIncumbent.class::isInstance).count()).isEqualTo(1);
    }
}
