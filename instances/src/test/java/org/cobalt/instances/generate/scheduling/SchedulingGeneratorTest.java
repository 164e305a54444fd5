package org.cobalt.instances.generate.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchedulingGeneratorTest {

    static Stream<Arguments> classes() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (double tf : new double[] {0.2, 0.4, 0.6, 0.8, 1.0}) {
            for (double rdd : new double[] {0.2, 0.4, 0.6, 0.8, 1.0}) {
                b.add(Arguments.of(tf, rdd));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "TF {0}, RDD {1}")
    @MethodSource("classes")
    void drawsFromThePottsVanWassenhoveRanges(double tf, double rdd) {
        SchedulingGenerator g = new SchedulingGenerator(100, tf, rdd, true);
        SplittableRandom rng = new SplittableRandom(Double.doubleToLongBits(tf * 31 + rdd));
        for (int k = 0; k < 5; k++) {
            SingleMachineProblem p = g.generate(rng, "x");
            assertThat(p.size()).isEqualTo(100);
            long total = p.totalProcessingTime();
            double lo = total * (1 - tf - rdd / 2);
            double hi = total * (1 - tf + rdd / 2);
            for (int j = 0; j < p.size(); j++) {
                assertThat(p.processingTime(j)).isBetween(1, 100);
                assertThat(p.weight(j)).isBetween(1, 10);
                assertThat((double) p.dueDate(j)).isBetween(Math.max(0, Math.ceil(lo)), Math.max(0, Math.floor(hi)));
            }
        }
    }

    @Test
    void clampsNegativeDueDatesAtZeroAndCoversTheRange() {
        SingleMachineProblem p = new SchedulingGenerator(1000, 1.0, 1.0, false).generate(new SplittableRandom(2), "t");
        long zeros = java.util.Arrays.stream(p.dueDates()).filter(d -> d == 0).count();
        // Half of U[-P/2, P/2] is negative and clamped.
        assertThat(zeros).isBetween(400L, 600L);
        assertThat(p.isWeighted()).isFalse();
        int max = java.util.Arrays.stream(p.dueDates()).max().orElseThrow();
        assertThat((double) max).isGreaterThan(0.45 * p.totalProcessingTime());
    }

    @Test
    void sameSeedSameInstance() {
        SchedulingGenerator g = new SchedulingGenerator(40, 0.6, 0.2, true);
        assertThat(g.generate(new SplittableRandom(8), "a")).isEqualTo(g.generate(new SplittableRandom(8), "a"))
                .isNotEqualTo(g.generate(new SplittableRandom(9), "a"));
        SchedulingGenerator small = g.withMaxProcessingTime(3).withMaxWeight(2);
        SingleMachineProblem p = small.generate(new SplittableRandom(1), "s");
        assertThat(java.util.Arrays.stream(p.processingTimes()).allMatch(v -> v >= 1 && v <= 3)).isTrue();
        assertThat(java.util.Arrays.stream(p.weights()).allMatch(v -> v >= 1 && v <= 2)).isTrue();
    }

    @Test
    void rejectsInvalidParameters() {
        assertThatThrownBy(() -> new SchedulingGenerator(0, 0.2, 0.2, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchedulingGenerator(5, -0.1, 0.2, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchedulingGenerator(5, 0.2, Double.NaN, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
