package org.cobalt.neural.pas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.generate.milp.SetCoverGenerator;
import org.junit.jupiter.api.Test;

class PredictAndSearchSolverTest {

    private static final MilpModel COVER = new SetCoverGenerator(8, 12, 0.3, 20).generate(5, "cover");

    private static double[] optimum(MilpModel m) {
        SolveResult r = new BruteForceSolver().solve(m, SolveOptions.DEFAULT);
        return ((MilpSolution) r.solution()).values();
    }

    /** k0 and k1 that select exactly the zeros and the ones of {@code x}. */
    private static String[] exactRegion(double[] x, String delta, String... more) {
        int ones = 0;
        for (double v : x) {
            ones += v > 0.5 ? 1 : 0;
        }
        String[] base = {"pas.k0", Integer.toString(x.length - ones), "pas.k1", Integer.toString(ones), "pas.delta", delta};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static SolveOptions options(String... kv) {
        SolveOptions.Builder b = SolveOptions.builder().timeLimit(Duration.ofSeconds(30));
        for (int i = 0; i < kv.length; i += 2) {
            b.parameter(kv[i], kv[i + 1]);
        }
        return b.build();
    }

    private static void assertVerified(MilpModel m, SolveResult r) {
        Verification v = Verifiers.check(m, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).isTrue();
    }

    @Test
    void aPerfectPredictionIsFoundInTheRegionAndProvenOnTheFullModel() {
        double[] opt = optimum(COVER);
        BruteForceSolver inner = new BruteForceSolver();
        PredictAndSearchSolver pas = PredictAndSearchSolver.withPredictor("pas-brute", inner, FixedPredictor.fromSolution("oracle", opt));
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = pas.solve(COVER, options(exactRegion(opt, "0")), SolverListener.of(events::add));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isEqualTo(COVER.objectiveValue(opt));
        assertVerified(COVER, r);
        assertThat(inner.solves).isEqualTo(2);
        assertThat(r.stats().counters()).containsEntry("fullPhase", 1L).containsKey("predictMillis");
        assertThat(r.message()).contains("predictor oracle").contains("region: OPTIMAL");
        // the first incumbent already comes from the region, and it is the optimum
        NewIncumbent first = events.stream().filter(NewIncumbent.class::isInstance).map(NewIncumbent.class::cast).findFirst().orElseThrow();
        assertThat(first.source()).startsWith("region/");
        assertThat(first.objective()).isEqualTo(r.objective());
    }

    @Test
    void regionModeStopsAfterTheRegionWithoutClaimingOptimality() {
        double[] opt = optimum(COVER);
        BruteForceSolver inner = new BruteForceSolver();
        PredictAndSearchSolver pas = PredictAndSearchSolver.withPredictor("pas-brute", inner, FixedPredictor.fromSolution("oracle", opt));
        SolveResult r = pas.solve(COVER, options(exactRegion(opt, "0", "pas.finish", "region")));
        assertThat(r.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(r.objective()).isEqualTo(COVER.objectiveValue(opt));
        assertThat(Double.isNaN(r.bound())).isTrue();
        assertThat(inner.solves).isEqualTo(1);
        assertThat(r.stats().counters()).containsEntry("regionFlips", 0L).doesNotContainKey("fullPhase");
        assertVerified(COVER, r);
    }

    @Test
    void anInfeasibleRegionFallsBackToTheFullModel() {
        // "everything is 0" with no flips allowed covers no row
        double[] zeros = new double[COVER.numVariables()];
        BruteForceSolver inner = new BruteForceSolver();
        PredictAndSearchSolver pas = PredictAndSearchSolver.withPredictor("pas-brute", inner, FixedPredictor.fromSolution("wrong", zeros));
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = pas.solve(COVER, options("pas.k0", "100%", "pas.k1", "0", "pas.delta", "0"), SolverListener.of(events::add));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isEqualTo(COVER.objectiveValue(optimum(COVER)));
        assertThat(r.message()).contains("trust region infeasible: full model");
        assertThat(inner.solves).isEqualTo(2);
        assertVerified(COVER, r);
        assertThat(events).filteredOn(NewIncumbent.class::isInstance)
                .allSatisfy(e -> assertThat(((NewIncumbent) e).source()).startsWith("full/"));
    }

    @Test
    void aWrongButFeasibleRegionStillEndsOptimalAndIncumbentsOnlyImprove() {
        // predict the worst cover (all ones) with a small flip budget: the region's best is poor
        double[] ones = new double[COVER.numVariables()];
        java.util.Arrays.fill(ones, 1.0);
        BruteForceSolver inner = new BruteForceSolver();
        PredictAndSearchSolver pas = PredictAndSearchSolver.withPredictor("pas-brute", inner, FixedPredictor.fromSolution("bad", ones));
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = pas.solve(COVER, options("pas.k0", "0", "pas.k1", "100%", "pas.delta", "2"), SolverListener.of(events::add));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertVerified(COVER, r);
        List<Double> values = events.stream().filter(NewIncumbent.class::isInstance).map(e -> ((NewIncumbent) e).objective()).toList();
        assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(values.getLast()).isEqualTo(r.objective());
        // bounds come from the full model only: the region's bound (its own optimum) is no bound of the original
        List<Double> bounds = events.stream().filter(BoundImproved.class::isInstance).map(e -> ((BoundImproved) e).bound()).toList();
        assertThat(bounds).containsExactly(r.objective());
    }

    @Test
    void withoutAModelFileTheInnerSolverRunsAlone() {
        BruteForceSolver inner = new BruteForceSolver();
        PredictAndSearchSolver pas = new PredictAndSearchSolver("pas-brute", "brute", () -> inner, f -> {
            throw new AssertionError("no file configured, nothing to load");
        });
        SolveResult r = pas.solve(COVER, options());
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.message()).contains("no predictor model (parameter pas.model): brute alone");
        assertThat(inner.solves).isEqualTo(1);
        assertVerified(COVER, r);
    }

    @Test
    void anUnreadableModelFileFallsBackWithTheReason() {
        BruteForceSolver inner = new BruteForceSolver();
        PredictAndSearchSolver pas = new PredictAndSearchSolver("pas-brute", "brute", () -> inner, f -> {
            throw new java.io.IOException(f + ": file does not exist");
        });
        SolveResult r = pas.solve(COVER, options("pas.model", "missing/model.json"));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.message()).contains("missing/model.json").contains("unusable").contains("brute alone");
        assertVerified(COVER, r);
    }

    @Test
    void aMalformedSizeIsAnErrorNamingTheParameter() {
        PredictAndSearchSolver pas = PredictAndSearchSolver.withPredictor("pas-brute", new BruteForceSolver(),
                FixedPredictor.of(new double[COVER.numVariables()]));
        SolveResult r = pas.solve(COVER, options("pas.delta", "ten"));
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("pas.delta").contains("ten");
    }

    @Test
    void aPredictionOfTheWrongSizeFallsBackToTheInnerSolver() {
        PredictAndSearchSolver pas = PredictAndSearchSolver.withPredictor("pas-brute", new BruteForceSolver(), FixedPredictor.of(0.5, 0.5));
        SolveResult r = pas.solve(COVER, options());
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.message()).contains("prediction by fixed failed");
        assertVerified(COVER, r);
    }
}
