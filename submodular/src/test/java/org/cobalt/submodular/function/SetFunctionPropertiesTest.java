package org.cobalt.submodular.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.submodular.TestInstances;
import org.cobalt.submodular.TestInstances.Family;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Normalization, monotonicity, diminishing returns and incremental-vs-fresh agreement, on seeded random sets. */
class SetFunctionPropertiesTest {

    static Stream<Arguments> instances() {
        return Stream.of(Family.values()).flatMap(f -> Stream.of(1L, 2L, 3L, 4L, 5L).map(s -> Arguments.of(f, s)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("instances")
    void normalizedMonotoneSubmodular(Family family, long seed) {
        SetFunction f = TestInstances.small(family, 16, seed);
        SplittableRandom rnd = new SplittableRandom(seed * 31);
        assertThat(f.evaluate(new int[0])).isZero();
        for (int trial = 0; trial < 200; trial++) {
            // random A subset of B, x outside B
            FunctionState a = f.newState();
            FunctionState b = f.newState();
            for (int e = 0; e < f.groundSize(); e++) {
                int r = rnd.nextInt(4);
                if (r == 0) {
                    a.add(e);
                    b.add(e);
                } else if (r == 1) {
                    b.add(e);
                }
            }
            int x = rnd.nextInt(f.groundSize());
            double ga = a.gain(x);
            double gb = b.gain(x);
            assertThat(ga).isGreaterThanOrEqualTo(-1e-12);
            assertThat(gb).isGreaterThanOrEqualTo(-1e-12);
            assertThat(ga).as("diminishing returns").isGreaterThanOrEqualTo(gb - 1e-9);
            assertThat(b.value()).as("monotone").isGreaterThanOrEqualTo(a.value() - 1e-9);
        }
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("instances")
    void incrementalStateAgreesWithFreshEvaluation(Family family, long seed) {
        SetFunction f = TestInstances.small(family, 16, seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        FunctionState s = f.newState();
        int[] chosen = new int[8];
        for (int i = 0; i < chosen.length; i++) {
            int e = rnd.nextInt(f.groundSize());
            double before = s.value();
            double g = s.gain(e);
            double added = s.add(e);
            assertThat(added).isCloseTo(g, within(1e-9));
            assertThat(s.value()).isCloseTo(before + g, within(1e-9));
            assertThat(s.contains(e)).isTrue();
            assertThat(s.gain(e)).isZero();
            chosen[i] = e;
        }
        assertThat(s.value()).isCloseTo(f.evaluate(chosen), within(1e-9));
        s.clear();
        assertThat(s.value()).isZero();
        assertThat(s.size()).isZero();
        assertThat(s.gain(chosen[0])).isCloseTo(f.evaluate(new int[] {chosen[0]}), within(1e-12));
        for (int e = 0; e < f.groundSize(); e++) {
            assertThat(f.singleton(e)).as("singleton %d", e).isCloseTo(f.evaluate(new int[] {e}), within(1e-9));
        }
    }
}
