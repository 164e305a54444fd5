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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the certificate {@link IncrementalGreedy} maintains, from scratch after every update:
 * each step's recorded gain is the true marginal of that element after its predecessors and at
 * least (1 - eps) times the best marginal any live element has there; a solution shorter than k
 * leaves no live element with a positive gain.
 */
class IncrementalGreedyTest {

    static Stream<Arguments> cases() {
        return Stream.of(0.2, 0.01).flatMap(eps -> Stream.of(Family.values()).flatMap(f -> Stream.of(
                new SlidingWindowWorkload(12), new RandomDeletionWorkload(0.4), new AdversarialDeletionWorkload(0.6))
                .map(w -> Arguments.of(eps, f, w))));
    }

    @ParameterizedTest(name = "eps {0} / {1} / {2}")
    @MethodSource("cases")
    void approximateGreedyCertificateHoldsAfterEveryUpdate(double eps, Family family, Workload workload) {
        for (long seed = 1; seed <= 5; seed++) {
            SetFunction f = TestInstances.small(family, 30, seed);
            int k = 5;
            IncrementalGreedy g = new IncrementalGreedy(new CountingOracle(f), new MaximizerConfig(k, eps, seed));
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
            }
        }
    }

    private static void check(SetFunction f, IncrementalGreedy g, LiveSet live, int k, double eps) {
        int[] sol = g.solution();
        double[] gains = g.stepGains();
        assertThat(gains).hasSize(sol.length);
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
                if (sol.length < k) {
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
        assertThat(g.value()).isCloseTo(f.evaluate(sol), within(1e-9));
        assertThat(Arrays.stream(sol).distinct().count()).isEqualTo(sol.length);
    }
}
