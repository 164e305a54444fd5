package org.cobalt.neural.udc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.cobalt.core.routing.EdgeWeightType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sub-problem coordinates are normalised exactly as UDC does, and lengths scale back. */
class NormalizedPathTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unitSquareLongerSideOnXAndLengthsScaleBack(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double w = 10 + r.nextDouble() * 1000;
        double h = 10 + r.nextDouble() * 1000;
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 500 + r.nextDouble() * w;
            y[i] = -300 + r.nextDouble() * h;
        }
        PlanarPoints pts = new PlanarPoints(x, y);
        int[] path = IntStream.range(0, 30).map(i -> (i * 7) % n).distinct().toArray();
        NormalizedPath np = NormalizedPath.of(pts, path);
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < np.size(); i++) {
            minX = Math.min(minX, np.xy()[2 * i]);
            maxX = Math.max(maxX, np.xy()[2 * i]);
            minY = Math.min(minY, np.xy()[2 * i + 1]);
            maxY = Math.max(maxY, np.xy()[2 * i + 1]);
        }
        assertThat((double) minX).isCloseTo(0, within(1e-6));
        assertThat((double) minY).isCloseTo(0, within(1e-6));
        assertThat((double) maxX).isCloseTo(1, within(1e-6));
        assertThat(maxY).isLessThanOrEqualTo(maxX);
        int[] order = IntStream.range(0, path.length).toArray();
        double original = 0;
        for (int i = 1; i < path.length; i++) {
            original += pts.euclidean(path[i - 1], path[i]);
        }
        assertThat(np.pathLength(order) * np.scale()).isCloseTo(original, within(1e-4 * original));
    }

    @Test
    void singlePointAndCoincidentPointsDoNotDivideByZero() {
        PlanarPoints pts = new PlanarPoints(new double[] {3, 3, 3}, new double[] {4, 4, 4});
        NormalizedPath np = NormalizedPath.of(pts, new int[] {0, 1, 2});
        assertThat(np.scale()).isEqualTo(1);
        assertThat(np.xy()).containsOnly(0f);
    }

    @Test
    void planarPointsOnlyForEuclideanTypes() {
        assertThat(PlanarPoints.of(UdcFixtures.uniform(5, 1, EdgeWeightType.EUC_2D, 10))).isPresent();
        assertThat(PlanarPoints.of(UdcFixtures.uniform(5, 1, EdgeWeightType.ATT, 10))).isPresent();
        assertThat(PlanarPoints.of(UdcFixtures.uniform(5, 1, EdgeWeightType.MAN_2D, 10))).isEmpty();
        assertThat(PlanarPoints.unsupportedReason(UdcFixtures.uniform(5, 1, EdgeWeightType.GEO, 10))).contains("GEO");
    }
}
