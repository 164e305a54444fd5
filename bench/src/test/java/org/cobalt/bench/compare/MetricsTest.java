package org.cobalt.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Every metric against fixtures computed by hand. */
class MetricsTest {

    @Test
    void shiftedGeometricMean() {
        // values 0, 10, 90 with shift 10: exp((ln 10 + ln 20 + ln 100)/3) - 10 = (20000)^(1/3) - 10 = 27.144 - 10
        assertThat(Metrics.shiftedGeometricMean(new double[] {0, 10, 90}, 10)).isCloseTo(17.1442, offset(1e-4));
        // a single value is itself
        assertThat(Metrics.shiftedGeometricMean(new double[] {42}, 100)).isCloseTo(42.0, offset(1e-12));
        // shift 0 is the plain geometric mean: sqrt(2*8) = 4
        assertThat(Metrics.shiftedGeometricMean(new double[] {2, 8}, 0)).isCloseTo(4.0, offset(1e-12));
        assertThat(Metrics.shiftedGeometricMean(new double[0], 10)).isNaN();
        assertThatThrownBy(() -> Metrics.shiftedGeometricMean(new double[] {-1}, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void primalGap() {
        assertThat(Metrics.primalGap(110, 100)).isCloseTo(10.0 / 110, offset(1e-15));
        assertThat(Metrics.primalGap(90, 100)).isCloseTo(0.1, offset(1e-15));
        assertThat(Metrics.primalGap(0, 0)).isZero();
        assertThat(Metrics.primalGap(1918.434, Math.nextUp(1918.434))).as("last-digit noise").isZero();
        assertThat(Metrics.primalGap(1918.434, 1918.434 * (1 + 1e-9))).as("a real, tiny gap").isGreaterThan(0);
        assertThat(Metrics.primalGap(-5, 5)).isEqualTo(1.0);
        assertThat(Metrics.primalGap(Double.NaN, 5)).isEqualTo(1.0);
        assertThat(Metrics.primalGap(0, 5)).isEqualTo(1.0);
    }

    @Test
    void primalIntegral() {
        // no incumbent until t=2, then 200 (gap 0.5) until t=4, then 100 (gap 0) until end 10
        double pi = Metrics.primalIntegral(new double[] {2, 4}, new double[] {200, 100}, 100, 10);
        assertThat(pi).isCloseTo(2 * 1.0 + 2 * 0.5, offset(1e-12));
        // never found anything: the whole run at gap 1
        assertThat(Metrics.primalIntegral(new double[0], new double[0], 100, 7)).isEqualTo(7.0);
        // optimal from the start
        assertThat(Metrics.primalIntegral(new double[] {0}, new double[] {100}, 100, 5)).isZero();
        // incumbents after the end are cut off
        assertThat(Metrics.primalIntegral(new double[] {1, 20}, new double[] {150, 100}, 100, 3))
                .isCloseTo(1.0 + 2 * (50.0 / 150), offset(1e-12));
    }

    @Test
    void performanceProfile() {
        double inf = Double.POSITIVE_INFINITY;
        // problems x solvers A, B
        double[][] times = {
            {1, 2},     // ratios 1, 2
            {4, 1},     // ratios 4, 1
            {3, inf},   // ratios 1, inf
            {inf, inf}, // nobody: inf, inf
        };
        double[][] r = Metrics.performanceRatios(times, 0.0);
        assertThat(r[0]).containsExactly(1, 2);
        assertThat(r[1]).containsExactly(4, 1);
        assertThat(r[2][0]).isEqualTo(1);
        assertThat(r[2][1]).isInfinite();
        assertThat(r[3][0]).isInfinite();
        double[] taus = {1, 2, 4, 100};
        double[] a = {r[0][0], r[1][0], r[2][0], r[3][0]};
        double[] b = {r[0][1], r[1][1], r[2][1], r[3][1]};
        assertThat(Metrics.profile(a, taus)).containsExactly(0.5, 0.5, 0.75, 0.75);
        assertThat(Metrics.profile(b, taus)).containsExactly(0.25, 0.5, 0.5, 0.5);
        // the floor keeps instant solves finite
        assertThat(Metrics.performanceRatios(new double[][] {{0, 0.5}}, 0.01)[0]).containsExactly(1, 50);
    }

    @Test
    void meanAndMedian() {
        assertThat(Metrics.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Metrics.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(Metrics.mean(new double[] {1, 2, 6})).isEqualTo(3);
        assertThat(Metrics.median(new double[0])).isNaN();
    }
}
