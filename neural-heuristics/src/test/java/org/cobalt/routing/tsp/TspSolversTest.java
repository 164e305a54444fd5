package org.cobalt.routing.tsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solution.TourSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.routing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TspSolversTest {

    static void assertVerified(TspProblem p, SolveResult r) {
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.FEASIBLE);
        Verification v = Verifiers.check(p, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).as("reported %s, verified %s", r.objective(), v.objective()).isTrue();
    }

    @Test
    void registeredUnderTheirIds() {
        assertThat(Solvers.ids()).contains("tsp-nn", "tsp-2opt", "tsp-ils", "tsp-ortools",
                "cvrp-savings", "cvrp-ils", "cvrp-ortools");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tsp-nn", "tsp-2opt", "tsp-ils"})
    void solutionsVerifyAndGetBetterWithEffort(String id) {
        TspProblem p = Fixtures.tsp(800, 21);
        List<Double> incumbents = new ArrayList<>();
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofMillis(700)).seed(5).build();
        SolveResult r = Solvers.get(id).solve(p, o, SolverListener.of(e -> {
            if (e instanceof NewIncumbent n) {
                incumbents.add(n.objective());
            }
        }));
        assertVerified(p, r);
        assertThat(incumbents).isNotEmpty();
        assertThat(incumbents.get(incumbents.size() - 1)).isCloseTo(r.objective(), org.assertj.core.data.Offset.offset(1e-6));
        SolveResult nn = Solvers.get("tsp-nn").solve(p, o);
        if (!id.equals("tsp-nn")) {
            assertThat(r.objective()).isLessThan(nn.objective());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nn", "greedy", "random-insertion", "farthest-insertion", "hilbert"})
    void everyConstructionWorksThroughTheSolver(String construction) {
        TspProblem p = new TspProblem("exact", Fixtures.uniform(300, 4, EdgeWeightType.EXACT_2D, 1.0));
        SolveResult r = Solvers.get("tsp-2opt").solve(p, SolveOptions.DEFAULT.withParameter("tsp.construction", construction));
        assertVerified(p, r);
        assertThat(r.stats().counters()).containsKeys("two-opt-moves", "or-opt-moves");
    }

    @Test
    void ilsHonoursTheTimeLimitAndIsReproducibleUnderAnIterationLimit() {
        TspProblem p = Fixtures.tsp(2000, 3);
        long t0 = System.nanoTime();
        SolveResult timed = Solvers.get("tsp-ils").solve(p, SolveOptions.builder().timeLimit(Duration.ofMillis(500)).build());
        double wall = (System.nanoTime() - t0) / 1e9;
        assertVerified(p, timed);
        assertThat(wall).isLessThan(1.5);
        assertThat(timed.stats().counters().get("ils-iterations")).isPositive();

        SolveOptions byIter = SolveOptions.builder().iterationLimit(2000).seed(9).build();
        SolveResult a = Solvers.get("tsp-ils").solve(p, byIter);
        SolveResult b = Solvers.get("tsp-ils").solve(p, byIter);
        assertVerified(p, a);
        assertThat(a.solution()).isEqualTo(b.solution());
        assertThat(a.stats().counters().get("ils-iterations")).isEqualTo(2000);
    }

    @Test
    void warmStartReplacesTheConstruction() {
        TspProblem p = Fixtures.tsp(400, 6);
        SolveResult first = Solvers.get("tsp-ils").solve(p, SolveOptions.builder().iterationLimit(3000).build());
        SolveResult again = Solvers.get("tsp-2opt").solve(p, SolveOptions.DEFAULT.withWarmStart(first.solution()));
        assertVerified(p, again);
        assertThat(again.objective()).isLessThanOrEqualTo(first.objective());
        // a broken warm start is ignored, not trusted
        SolveResult broken = Solvers.get("tsp-2opt").solve(p, SolveOptions.DEFAULT.withWarmStart(new TourSolution(new int[] {0, 1})));
        assertVerified(p, broken);
    }

    @Test
    void stopRequestFromAListenerEndsIls() {
        TspProblem p = Fixtures.tsp(3000, 1);
        List<SolverEvent> events = new ArrayList<>();
        long t0 = System.nanoTime();
        SolveResult r = Solvers.get("tsp-ils").solve(p, SolveOptions.builder().timeLimit(Duration.ofSeconds(30)).build(),
                (e, control) -> {
                    events.add(e);
                    if (e instanceof NewIncumbent && events.size() > 20) {
                        control.requestStop();
                    }
                });
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
        assertVerified(p, r);
    }

    @Test
    void asymmetricAndTinyInstances() {
        TspProblem asym = new TspProblem("asym", Fixtures.matrix(30, 2, false));
        assertVerified(asym, Solvers.get("tsp-nn").solve(asym, SolveOptions.DEFAULT));
        SolveResult refused = Solvers.get("tsp-2opt").solve(asym, SolveOptions.DEFAULT);
        assertThat(refused.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(refused.message()).contains("symmetric");
        TspProblem sym = new TspProblem("sym", Fixtures.matrix(40, 2, true));
        assertVerified(sym, Solvers.get("tsp-ils").solve(sym, SolveOptions.builder().iterationLimit(500).build()));
        for (int n = 1; n <= 5; n++) {
            TspProblem tiny = Fixtures.tsp(n, n);
            for (String id : List.of("tsp-nn", "tsp-2opt", "tsp-ils")) {
                assertVerified(tiny, Solvers.get(id).solve(tiny, SolveOptions.builder().iterationLimit(50).build()));
            }
        }
    }

    @Test
    void badParametersGiveErrorResultsNamingTheParameter() {
        TspProblem p = Fixtures.tsp(50, 1);
        SolveResult r = Solvers.get("tsp-2opt").solve(p, SolveOptions.DEFAULT.withParameter("tsp.construction", "magic"));
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("magic");
        SolveResult k = Solvers.get("tsp-2opt").solve(p, SolveOptions.DEFAULT.withParameter("tsp.neighbors", "ten"));
        assertThat(k.message()).contains("tsp.neighbors");
    }
}
