package org.cobalt.submodular.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.cobalt.submodular.TestInstances;
import org.cobalt.submodular.TestInstances.Family;
import org.cobalt.submodular.function.FunctionState;
import org.cobalt.submodular.function.SetFunction;
import org.cobalt.submodular.oracle.CountingOracle;
import org.cobalt.submodular.util.LiveSet;
import org.cobalt.submodular.workload.AdversarialDeletionWorkload;
import org.cobalt.submodular.workload.RandomDeletionWorkload;
import org.cobalt.submodular.workload.SlidingWindowWorkload;
import org.cobalt.submodular.workload.Update;
import org.cobalt.submodular.workload.UpdateSource;
import org.cobalt.submodular.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the certificate {@link IncrementalGreedy} maintains, from scratch after every update, with
 * and without ghosts: each step's recorded gain is the true marginal of that element after its
 * predecessors (ghosts included) and at least (1 - eps) times the best marginal any live element
 * has there; fewer than k live steps leave no live element with a positive gain; the live part
 * keeps at least (1 - theta) of the sequence's value.
 */
class IncrementalGreedyTest {

    static Stream<Arguments> cases() {
        // theta: 0 = incremental-greedy, -1 = ghost-greedy (theta = eps), 0.9 = many ghosts kept
        return Stream.of(0.0, -1.0, 0.9).flatMap(theta -> Stream.of(0.2, 0.01).flatMap(eps -> Stream.of(Family.values())
                .flatMap(f -> Stream.of(new SlidingWindowWorkload(12), new RandomDeletionWorkload(0.4),
                        new AdversarialDeletionWorkload(0.6)).map(w -> Arguments.of(theta, eps, f, w)))));
    }

    @ParameterizedTest(name = "theta {0} / eps {1} / {2} / {3}")
    @MethodSource("cases")
    void approximateGreedyCertificateHoldsAfterEveryUpdate(double theta, double eps, Family family, Workload workload) {
        boolean ghosts = theta != 0;
        long ghostSteps = 0;
        for (long seed = 1; seed <= 5; seed++) {
            SetFunction f = TestInstances.small(family, 30, seed);
            int k = 5;
            MaximizerConfig config = new MaximizerConfig(k, eps, seed);
            IncrementalGreedy g = ghosts
                    ? new IncrementalGreedy(new CountingOracle(f), config, theta < 0 ? eps : theta)
                    : new IncrementalGreedy(new CountingOracle(f), config);
            assertThat(g.id()).isEqualTo(ghosts ? "ghost-greedy" : "incremental-greedy");
            LiveSet live = new LiveSet(f.groundSize());
            UpdateSource src = workload.start(f.groundSize(), seed);
            for (Update u = src.next(g); u != null; u = src.next(g)) {
                if (u.insert()) {
                    g.insert(u.element());
                    live.add(u.element());
                } else {
                    g.delete(u.element());
                    live.remove(u.element());
                }
                check(f, g, live, k, eps);
                for (boolean b : g.ghostSteps()) {
                    ghostSteps += b ? 1 : 0;
                }
            }
        }
        if (theta > 0.5) {
            assertThat(ghostSteps).as("ghost steps seen after updates").isPositive();
        }
    }

    @Test
    void deletedSolutionElementStaysAsGhostAndComesBackWhenReinserted() {
        SetFunction f = TestInstances.small(Family.values()[0], 30, 3);
        IncrementalGreedy g = new IncrementalGreedy(new CountingOracle(f), new MaximizerConfig(4, 0.2, 1), 0.9);
        for (int e = 0; e < f.groundSize(); e++) {
            g.insert(e);
        }
        int[] before = g.sequence();
        long truncations = g.truncations();
        g.delete(before[0]);

        int[] after = g.sequence();
        assertThat(g.truncations()).as("no cut").isEqualTo(truncations);
        assertThat(Arrays.copyOf(after, before.length)).as("old steps kept in place").isEqualTo(before);
        assertThat(g.ghostSteps()[0]).isTrue();
        assertThat(g.solution()).doesNotContain(before[0]).hasSizeLessThanOrEqualTo(4);
        assertThat(g.value()).isCloseTo(f.evaluate(g.solution()), within(1e-9));

        g.insert(before[0]);
        assertThat(g.ghostSteps()).doesNotContain(true);
        assertThat(g.solution()).startsWith(before[0]).hasSizeLessThanOrEqualTo(4);
        assertThat(g.value()).isCloseTo(f.evaluate(g.solution()), within(1e-9));
    }

    private static void check(SetFunction f, IncrementalGreedy g, LiveSet live, int k, double eps) {
        int[] sol = g.sequence();
        boolean[] ghost = g.ghostSteps();
        double[] gains = g.stepGains();
        assertThat(gains).hasSize(sol.length);
        int liveSteps = 0;
        for (int j = 0; j < sol.length; j++) {
            assertThat(live.contains(sol[j])).as("step %d live unless a ghost", j).isEqualTo(!ghost[j]);
            liveSteps += ghost[j] ? 0 : 1;
        }
        assertThat(liveSteps).isLessThanOrEqualTo(k);
        if (g.tolerance() == 0) {
            assertThat(ghost).doesNotContain(true);
        }
        FunctionState prefix = f.newState();
        for (int j = 0; j <= sol.length; j++) {
            double best = 0;
            for (int i = 0; i < live.size(); i++) {
                int x = live.get(i);
                if (!prefix.contains(x)) {
                    best = Math.max(best, prefix.gain(x));
                }
            }
            if (j == sol.length) {
                if (liveSteps < k) {
                    assertThat(best).as("a short solution leaves no positive gain").isLessThanOrEqualTo(1e-12);
                }
                break;
            }
            double actual = prefix.gain(sol[j]);
            assertThat(gains[j]).as("step %d gain", j).isCloseTo(actual, within(1e-9));
            assertThat(actual).as("step %d within (1 - eps) of the best gain %s", j, best)
                    .isGreaterThanOrEqualTo((1 - eps) * best - 1e-9);
            prefix.add(sol[j]);
        }
        int[] solution = g.solution();
        assertThat(solution).hasSize(liveSteps);
        assertThat(Arrays.stream(sol).distinct().count()).isEqualTo(sol.length);
        double value = f.evaluate(solution);
        assertThat(g.value()).isCloseTo(value, within(1e-9));
        assertThat(value).as("ghosts cost at most theta of the sequence's value")
                .isGreaterThanOrEqualTo((1 - g.tolerance()) * f.evaluate(sol) - 1e-9);
    }
}
