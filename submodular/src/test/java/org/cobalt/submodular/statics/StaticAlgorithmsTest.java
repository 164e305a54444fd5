package org.cobalt.submodular.statics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cobalt.submodular.TestInstances;
import org.cobalt.submodular.TestInstances.Family;
import org.cobalt.submodular.function.FunctionState;
import org.cobalt.submodular.function.SetFunction;
import org.cobalt.submodular.oracle.CountingOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StaticAlgorithmsTest {

    static Stream<Arguments> instances() {
        return Stream.of(Family.values()).flatMap(f -> Stream.of(1L, 2L, 3L).map(s -> Arguments.of(f, s)));
    }

    /** Plain greedy (no laziness), ties to the smaller element: the reference for lazy greedy. */
    static double plainGreedy(SetFunction f, int k) {
        FunctionState s = f.newState();
        for (int step = 0; step < k; step++) {
            int best = -1;
            double bestGain = 0;
            for (int e = 0; e < f.groundSize(); e++) {
                double g = s.gain(e);
                if (g > bestGain) {
                    bestGain = g;
                    best = e;
                }
            }
            if (best < 0) {
                break;
            }
            s.add(best);
        }
        return s.value();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("instances")
    void lazyGreedyMatchesPlainGreedyAndTheGreedyBound(Family family, long seed) {
        SetFunction f = TestInstances.small(family, 14, seed);
        int[] all = IntStream.range(0, f.groundSize()).toArray();
        for (int k : new int[] {1, 3, 5}) {
            CountingOracle o = new CountingOracle(f);
            Selection s = new LazyGreedy().maximize(o, all, k);
            assertThat(s.size()).isLessThanOrEqualTo(k);
            assertThat(s.value()).isCloseTo(f.evaluate(s.elements()), within(1e-9));
            assertThat(s.value()).isCloseTo(plainGreedy(f, k), within(1e-9));
            Selection opt = BruteForce.optimum(f, all, k);
            assertThat(s.value()).isGreaterThanOrEqualTo((1 - 1 / Math.E) * opt.value() - 1e-9);
            assertThat(o.calls()).isGreaterThanOrEqualTo(all.length);
        }
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("instances")
    void stochasticGreedyIsSeededAndConsistent(Family family, long seed) {
        SetFunction f = TestInstances.small(family, 14, seed);
        int[] all = IntStream.range(0, f.groundSize()).toArray();
        Selection a = new StochasticGreedy(0.1, seed).maximize(new CountingOracle(f), all, 4);
        Selection b = new StochasticGreedy(0.1, seed).maximize(new CountingOracle(f), all, 4);
        assertThat(a).isEqualTo(b);
        assertThat(a.size()).isLessThanOrEqualTo(4);
        assertThat(a.value()).isCloseTo(f.evaluate(a.elements()), within(1e-9));
        assertThat(IntStream.of(a.elements()).distinct().count()).isEqualTo(a.size());
    }

    @Test
    void bruteForceFindsTheOptimum() {
        // coverage where greedy is fooled: {0,1,2,3} vs {0,1} + {2,3}
        SetFunction f = org.cobalt.submodular.function.CoverageFunction.weighted("trap",
                new int[][] {{0, 1, 2}, {0, 1}, {2, 3}}, new double[] {1, 1, 1, 1});
        Selection opt = BruteForce.optimum(f, new int[] {0, 1, 2}, 2);
        assertThat(opt.value()).isEqualTo(4.0);
        Selection greedy = new LazyGreedy().maximize(new CountingOracle(f), new int[] {0, 1, 2}, 2);
        assertThat(greedy.value()).isEqualTo(4.0);
        assertThat(BruteForce.optimum(f, new int[] {0, 1, 2}, 0).size()).isZero();
    }
}
