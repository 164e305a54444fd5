package org.cobalt.neural.udc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.Metric;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.solution.TourSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solvers;
import org.cobalt.neural.udc.model.HeatmapNetwork;
import org.cobalt.neural.udc.model.PathPolicy;
import org.cobalt.neural.udc.model.UdcModels;
import org.cobalt.routing.Metrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code udc-tsp} and {@code udc-cvrp} through the solver registry, with and without (tiny) model files. */
class UdcSolversTest {

    @TempDir
    static Path dir;
    static Path conquer;
    static Path divide;

    @BeforeAll
    static void models() throws Exception {
        conquer = dir.resolve("conquer.json");
        divide = dir.resolve("divide.json");
        UdcModels.files().save(new PathPolicy(UdcFixtures.TINY_POLICY, 1), conquer, Map.of());
        UdcModels.files().save(new HeatmapNetwork(UdcFixtures.TINY_HEATMAP, 1), divide, Map.of());
    }

    private static SolveOptions rounds(int r) {
        return SolveOptions.builder().seed(3).build().withParameter("udc.rounds", Integer.toString(r))
                .withParameter("udc.sub-size", "20");
    }

    @Test
    void bothSolversAreRegistered() {
        assertThat(Solvers.get("udc-tsp").id()).isEqualTo("udc-tsp");
        assertThat(Solvers.get("udc-cvrp").id()).isEqualTo("udc-cvrp");
    }

    @Test
    void tspWithoutModelsFallsBackToClassicalAndSaysSo() {
        TspProblem p = UdcFixtures.tsp(150, 1);
        SolveResult r = Solvers.get("udc-tsp").solve(p, rounds(4).withParameter("udc.conquer-model", "none")
                .withParameter("udc.divide-model", "none"));
        UdcFixtures.assertVerified(p, r);
        assertThat(r.message()).contains("divide:random-insertion").contains("conquer:classical")
                .contains("udc.conquer-model").contains("udc.divide-model");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 30})
    void tspClassicalConquerNeverWorseThanItsDivide(int kicks) {
        TspProblem p = UdcFixtures.tsp(180, 2);
        SolveOptions o = rounds(6).withParameter("udc.conquer", "classical").withParameter("udc.divide", "nn")
                .withParameter("udc.classical-kicks", Integer.toString(kicks));
        SolveResult r = Solvers.get("udc-tsp").solve(p, o);
        UdcFixtures.assertVerified(p, r);
        int[] nn = new ClassicalTourDivider(org.cobalt.routing.tsp.Construction.NEAREST_NEIGHBOR)
                .divide(p.metric(), PlanarPoints.of(p.metric()).orElseThrow(), new java.util.SplittableRandom(0));
        // the divide is seeded from the solve's random stream, so compare with a generous bound: an
        // improved tour must beat a plain nearest-neighbour tour of the same instance
        assertThat(r.objective()).isLessThan(Metrics.tourLength(p.metric(), nn));
        assertThat(r.stats().counters()).containsEntry("rounds", 6L);
    }

    @Test
    void tspWithModelFilesRunsTheNeuralDivideAndConquer() {
        TspProblem p = UdcFixtures.tsp(120, 3);
        SolveResult r = Solvers.get("udc-tsp").solve(p, rounds(2).withParameter("udc.conquer-model", conquer.toString())
                .withParameter("udc.divide-model", divide.toString()).withParameter("udc.divide-polish", "true"));
        UdcFixtures.assertVerified(p, r);
        assertThat(r.message()).contains("divide:heatmap+2opt").contains("conquer:neural");
    }

    @Test
    void tspWarmStartIsNeverMadeWorse() {
        TspProblem p = UdcFixtures.tsp(100, 4);
        int[] start = new int[100];
        for (int i = 0; i < start.length; i++) {
            start[i] = i;
        }
        Metric m = p.metric();
        SolveResult r = Solvers.get("udc-tsp").solve(p, rounds(3).withParameter("udc.conquer", "classical")
                .withWarmStart(new TourSolution(start)));
        UdcFixtures.assertVerified(p, r);
        assertThat(r.message()).startsWith("warm start");
        assertThat(r.objective()).isLessThanOrEqualTo(Metrics.tourLength(m, start));
    }

    @Test
    void unknownConquerIsAnErrorResult() {
        SolveResult r = Solvers.get("udc-tsp").solve(UdcFixtures.tsp(30, 5), rounds(1).withParameter("udc.conquer", "magic"));
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("magic");
    }

    @Test
    void untilTheLimitStopsInTime() {
        TspProblem p = UdcFixtures.tsp(400, 6);
        SolveOptions o = SolveOptions.builder().seed(1).timeLimit(Duration.ofMillis(700)).build()
                .withParameter("udc.rounds", "0").withParameter("udc.conquer", "classical");
        long t0 = System.nanoTime();
        SolveResult r = Solvers.get("udc-tsp").solve(p, o);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
        UdcFixtures.assertVerified(p, r);
    }

    @Test
    void cvrpClassicalAndNeuralAreFeasibleAndVerified() {
        CvrpProblem p = UdcFixtures.cvrp(60, 7);
        SolveResult classical = Solvers.get("udc-cvrp").solve(p, rounds(3).withParameter("udc.conquer", "classical")
                .withParameter("udc.cvrp-iterations", "20"));
        UdcFixtures.assertVerified(p, classical);
        assertThat(classical.message()).contains("divide:savings");
        SolveResult neural = Solvers.get("udc-cvrp").solve(p, rounds(2).withParameter("udc.conquer-model", conquer.toString())
                .withParameter("udc.divide", "neural").withParameter("udc.divide-model", divide.toString()));
        UdcFixtures.assertVerified(p, neural);
        assertThat(neural.message()).contains("divide:heatmap+split").contains("conquer:split+neural");
    }

    @Test
    void cvrpWarmStartKeptFeasible() {
        CvrpProblem p = UdcFixtures.cvrp(30, 8);
        int[][] routes = new int[30][];
        for (int i = 0; i < 30; i++) {
            routes[i] = new int[] {i + 1};
        }
        SolveResult r = Solvers.get("udc-cvrp").solve(p, rounds(2).withParameter("udc.conquer", "classical")
                .withParameter("udc.cvrp-iterations", "10").withWarmStart(new RoutesSolution(routes)));
        UdcFixtures.assertVerified(p, r);
        assertThat(r.message()).startsWith("warm start");
    }
}
