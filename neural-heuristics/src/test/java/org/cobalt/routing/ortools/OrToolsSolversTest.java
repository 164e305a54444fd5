package org.cobalt.routing.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.routing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrToolsSolversTest {

    @BeforeAll
    static void natives() {
        String why = SolverRegistry.load().require("tsp-ortools").unavailableReason();
        Assumptions.assumeTrue(why == null, "OR-Tools natives unavailable: " + why);
    }

    static void assertVerified(org.cobalt.core.problem.Problem p, SolveResult r) {
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.FEASIBLE);
        Verification v = Verifiers.check(p, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).isTrue();
    }

    @Test
    void tspWithinTheTimeLimitAndWithEvents() {
        TspProblem p = Fixtures.tsp(120, 3);
        List<Double> incumbents = new ArrayList<>();
        long t0 = System.nanoTime();
        // 2 s: with 800 ms, OR-Tools on a loaded 2-core machine sometimes found no first tour (ROUTING_FAIL)
        SolveResult r = Solvers.get("tsp-ortools").solve(p, SolveOptions.builder().timeLimit(Duration.ofSeconds(2)).build(),
                SolverListener.of(e -> {
                    if (e instanceof NewIncumbent n) {
                        incumbents.add(n.objective());
                    }
                }));
        double wall = (System.nanoTime() - t0) / 1e9;
        assertVerified(p, r);
        assertThat(wall).as("time limit + 5 %% + 1 s").isLessThan(2 * 1.05 + 1);
        assertThat(incumbents).isNotEmpty();
        // integral metric, scale 1: the last OR-Tools cost equals the recomputed tour length
        assertThat(incumbents.get(incumbents.size() - 1)).isEqualTo(r.objective());
        // a reference, not a contest: it must clearly beat a nearest-neighbour tour
        SolveResult nn = Solvers.get("tsp-nn").solve(p, SolveOptions.DEFAULT);
        assertThat(r.objective()).isLessThan(nn.objective());
    }

    @Test
    void tspThroughTheCallbackAndWithScaledExactDistances() {
        TspProblem p = new TspProblem("exact", Fixtures.uniform(150, 4, EdgeWeightType.EXACT_2D, 1.0));
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofMillis(500)).build()
                .withParameter(OrToolsParameters.MATRIX_MAX_NODES.name(), "10");
        SolveResult r = Solvers.get("tsp-ortools").solve(p, o);
        assertVerified(p, r);
        assertThat(r.message()).contains("scale 1000");
    }

    @Test
    void asymmetricTspAndWarmStart() {
        TspProblem p = new TspProblem("asym", Fixtures.matrix(40, 2, false));
        SolveResult nn = Solvers.get("tsp-nn").solve(p, SolveOptions.DEFAULT);
        SolveResult r = Solvers.get("tsp-ortools").solve(p, SolveOptions.builder().timeLimit(Duration.ofMillis(400)).build()
                .withWarmStart(nn.solution()));
        assertVerified(p, r);
        assertThat(r.objective()).isLessThanOrEqualTo(nn.objective());
    }

    @Test
    void cvrpFeasibleWithinTheLimit() {
        CvrpProblem p = Fixtures.cvrp(60, 5, 20, 6);
        long t0 = System.nanoTime();
        SolveResult r = Solvers.get("cvrp-ortools").solve(p, SolveOptions.builder().timeLimit(Duration.ofMillis(800)).build());
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(2.5);
        assertVerified(p, r);
        SolveResult savings = Solvers.get("cvrp-savings").solve(p, SolveOptions.DEFAULT);
        assertThat(r.objective()).isLessThan(1.1 * savings.objective());
    }

    @Test
    void stopRequestReachesOrTools() {
        TspProblem p = Fixtures.tsp(300, 8);
        long t0 = System.nanoTime();
        SolveResult r = Solvers.get("tsp-ortools").solve(p, SolveOptions.builder().timeLimit(Duration.ofSeconds(20)).build(),
                (e, control) -> {
                    if (e instanceof NewIncumbent) {
                        control.requestStop();
                    }
                });
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(8);
        assertVerified(p, r);
    }

    @Test
    void badParameterNamesTheKey() {
        SolveResult r = Solvers.get("tsp-ortools").solve(Fixtures.tsp(20, 1), SolveOptions.builder()
                .timeLimit(Duration.ofMillis(100)).parameter("ortools.metaheuristic", "MAGIC").build());
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("ortools.metaheuristic");
    }
}
