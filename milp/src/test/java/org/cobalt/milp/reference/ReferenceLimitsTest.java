package org.cobalt.milp.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.cobalt.core.event.Started;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Time limits, stop requests and thread interrupts on a market-split instance that no backend
 * solves in seconds (m = 5: SCIP needs minutes).
 */
class ReferenceLimitsTest {

    private static final MilpModel HARD = TestModels.marketSplit(5, 1);
    private static ScheduledExecutorService timer;

    @BeforeAll
    static void startTimer() {
        timer = Executors.newSingleThreadScheduledExecutor();
        // load the natives outside the timed solves
        assertThat(OrToolsRuntime.shared().isLoaded()).isTrue();
    }

    @AfterAll
    static void stopTimer() {
        timer.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"scip", "cbc", "ojalgo"})
    void aTwoSecondLimitEndsTheSolveWithinFivePercentPlusOneSecond(String id) {
        double limit = 2.0;
        long t0 = System.nanoTime();
        SolveResult r = ReferenceStatusTest.solver(id).solve(HARD, SolveOptions.builder().timeLimitSeconds(limit).build());
        double wall = (System.nanoTime() - t0) / 1e9;

        assertThat(wall).as("wall time of %s", id).isLessThanOrEqualTo(limit * 1.05 + 1);
        assertThat(r.status()).as(r.message()).isIn(SolveStatus.FEASIBLE, SolveStatus.LIMIT_REACHED);
        ReferenceStatusTest.assertHonest(HARD, r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"scip", "ojalgo"})
    void aStopRequestFromAnotherThreadInterruptsTheEngine(String id) {
        AtomicReference<Runnable> stop = new AtomicReference<>();
        long t0 = System.nanoTime();
        SolveResult r = ReferenceStatusTest.solver(id).solve(HARD, SolveOptions.DEFAULT, (event, control) -> {
            if (event instanceof Started) {
                stop.set(control::requestStop);
                timer.schedule(control::requestStop, 300, TimeUnit.MILLISECONDS);
            }
        });
        double wall = (System.nanoTime() - t0) / 1e9;

        assertThat(stop.get()).isNotNull();
        assertThat(wall).isLessThan(5.0);
        assertThat(r.status()).as(r.message()).isIn(SolveStatus.FEASIBLE, SolveStatus.LIMIT_REACHED);
        ReferenceStatusTest.assertHonest(HARD, r);
    }

    @Test
    void interruptingTheSolvingThreadStopsScipAndKeepsTheInterruptFlag() throws Exception {
        AtomicReference<SolveResult> result = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread solving = new Thread(() -> {
            result.set(ReferenceSolvers.scip().solve(HARD, SolveOptions.DEFAULT));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        long t0 = System.nanoTime();
        solving.start();
        Thread.sleep(400);
        solving.interrupt();
        solving.join(10_000);
        double wall = (System.nanoTime() - t0) / 1e9;

        assertThat(solving.isAlive()).isFalse();
        assertThat(wall).isLessThan(5.0);
        assertThat(result.get().status()).isIn(SolveStatus.FEASIBLE, SolveStatus.LIMIT_REACHED);
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void scipHonoursANodeLimit() {
        SolveResult r = ReferenceSolvers.scip().solve(HARD, SolveOptions.DEFAULT.withNodeLimit(1));
        assertThat(r.status()).as(r.message()).isIn(SolveStatus.FEASIBLE, SolveStatus.LIMIT_REACHED);
        assertThat(r.stats().nodes()).isBetween(0L, 1L);
        ReferenceStatusTest.assertHonest(HARD, r);
    }

    @Test
    void glopStopsAtItsIterationLimitWithoutASolution() {
        MilpModel relaxed = relax(TestModels.setCover(400, 800, 0.02, 3));
        SolveResult r = ReferenceSolvers.glop().solve(relaxed, SolveOptions.builder().iterationLimit(5).build());
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.LIMIT_REACHED);
        assertThat(r.stats().lpIterations()).isLessThanOrEqualTo(5);
    }

    @Test
    void anAlreadyExpiredLimitReturnsAtOnce() {
        SolveResult r = ReferenceSolvers.scip().solve(HARD, SolveOptions.builder().timeLimit(Duration.ofNanos(1)).build());
        assertThat(r.status()).isIn(SolveStatus.LIMIT_REACHED, SolveStatus.FEASIBLE);
        assertThat(r.stats().seconds()).isLessThan(1.0);
    }

    /** The same model with every variable continuous. */
    static MilpModel relax(MilpModel m) {
        MilpModel.Builder b = m.toBuilder();
        for (int j = 0; j < m.numVariables(); j++) {
            b.setType(j, org.cobalt.core.milp.VarType.CONTINUOUS);
        }
        return b.build();
    }
}
