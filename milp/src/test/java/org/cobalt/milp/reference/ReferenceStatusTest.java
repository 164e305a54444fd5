package org.cobalt.milp.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every backend on every hand-made model: status, optimum, verified solution, events. */
class ReferenceStatusTest {

    static Stream<TestModels.Case> cases() {
        return Stream.of(TestModels.lpMinMixedRows(), TestModels.lpMax(), TestModels.milpMaxNegativeBounds(),
                TestModels.knapsack(), TestModels.milpMinCover(), TestModels.lpInfeasible(),
                TestModels.milpInfeasibleIntegrality(), TestModels.lpUnbounded(), TestModels.milpUnbounded(),
                TestModels.lpInfeasibleUnboundedDirection(), TestModels.milpInfeasibleRelaxationUnbounded(),
                TestModels.empty(), TestModels.emptyRowInfeasible(), TestModels.crossedBounds());
    }

    static Stream<Arguments> solverAndCase() {
        return Stream.of("scip", "cbc", "glop", "ojalgo").flatMap(id -> cases()
                .filter(c -> !id.equals("glop") || c.model().isLp())
                .map(c -> Arguments.of(id, c)));
    }

    static ReferenceMilpSolver solver(String id) {
        return switch (id) {
            case "scip" -> ReferenceSolvers.scip();
            case "cbc" -> ReferenceSolvers.cbc();
            case "glop" -> ReferenceSolvers.glop();
            case "ojalgo" -> ReferenceSolvers.ojalgo();
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** Asserts what every result must satisfy: a verified solution whose objective is the recomputed one. */
    static void assertHonest(MilpModel model, SolveResult r) {
        if (r.status().hasSolution()) {
            Verification v = Verifiers.check(model, r.solution());
            assertThat(v.feasible()).as(v.summary()).isTrue();
            assertThat(v.objectiveMatches(r.objective(), 1e-9)).as("reported %s vs recomputed %s", r.objective(), v.objective()).isTrue();
        } else {
            assertThat(r.solution()).isNull();
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("solverAndCase")
    void statusObjectiveAndSolutionAreRight(String id, TestModels.Case c) {
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = solver(id).solve(c.model(), SolveOptions.DEFAULT, SolverListener.of(events::add));

        assertThat(r.status()).as(r.message()).isEqualTo(c.status());
        assertHonest(c.model(), r);
        if (c.status() == SolveStatus.OPTIMAL) {
            assertThat(r.objective()).isCloseTo(c.objective(), within(1e-6 * Math.max(1, Math.abs(c.objective()))));
            List<NewIncumbent> incumbents = events.stream().filter(NewIncumbent.class::isInstance).map(NewIncumbent.class::cast).toList();
            assertThat(incumbents).isNotEmpty();
            assertThat(incumbents.get(incumbents.size() - 1).objective()).isCloseTo(r.objective(), within(1e-9 * Math.max(1, Math.abs(r.objective()))));
            if (!id.equals("ojalgo") || c.model().isLp() || c.model().numVariables() == 0) {
                // SCIP, CBC and GLOP prove a bound; ojAlgo's MIP reports none
                assertThat(r.bound()).isCloseTo(c.objective(), within(1e-6 * Math.max(1, Math.abs(c.objective()))));
                assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(BoundImproved.class));
            }
        }
    }
}
