package org.cobalt.neural.udc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cutting a tour into sub-paths and stitching them back is exact. */
class TourWindowsTest {

    static Stream<Arguments> cuts() {
        SplittableRandom r = new SplittableRandom(11);
        return IntStream.range(0, 40).mapToObj(i -> {
            int n = 1 + r.nextInt(350);
            int size = 4 + r.nextInt(120);
            return Arguments.of(n, r.nextInt(n), size);
        });
    }

    @ParameterizedTest(name = "n={0} offset={1} size={2}")
    @MethodSource("cuts")
    void blocksCoverEveryPositionOnceAndRespectSizes(int n, int offset, int size) {
        TourWindows w = TourWindows.cut(n, offset, size);
        int covered = 0;
        for (int b = 0; b < w.count(); b++) {
            assertThat(w.starts()[b]).isEqualTo(covered);
            covered = w.ends()[b];
            assertThat(w.length(b)).isPositive();
            if (b < w.count() - 1) {
                assertThat(w.length(b)).isEqualTo(size);
            } else if (w.count() > 1) {
                assertThat(w.length(b)).isBetween(TourWindows.MIN_BLOCK, size + TourWindows.MIN_BLOCK - 1);
            }
        }
        assertThat(covered).isEqualTo(n);
    }

    @ParameterizedTest(name = "n={0} offset={1} size={2}")
    @MethodSource("cuts")
    void extractThenWriteBackReversedInnerNodesGivesTheExpectedTour(int n, int offset, int size) {
        int[] tour = shuffled(n, n * 31L + offset);
        TourWindows w = TourWindows.cut(n, offset, size);
        List<int[]> paths = w.extractAll(tour);
        int[] expected = new int[n];
        for (int b = 0; b < w.count(); b++) {
            int[] p = paths.get(b);
            for (int i = 0; i < p.length; i++) {
                assertThat(p[i]).isEqualTo(tour[(offset + w.starts()[b] + i) % n]);
            }
            int[] q = p.clone();
            for (int i = 1, j = q.length - 2; i < j; i++, j--) {
                int t = q[i];
                q[i] = q[j];
                q[j] = t;
            }
            for (int i = 0; i < q.length; i++) {
                expected[(offset + w.starts()[b] + i) % n] = q[i];
            }
            paths.set(b, q);
        }
        int[] work = tour.clone();
        for (int b = 0; b < w.count(); b++) {
            w.writeBack(work, b, paths.get(b));
        }
        assertThat(work).isEqualTo(expected);
        int[] sorted = work.clone();
        Arrays.sort(sorted);
        assertThat(sorted).isEqualTo(IntStream.range(0, n).toArray());
    }

    @Test
    void shortRemainderJoinsThePreviousBlock() {
        TourWindows w = TourWindows.cut(203, 7, 100);
        assertThat(w.count()).isEqualTo(2);
        assertThat(w.length(1)).isEqualTo(103);
        TourWindows w2 = TourWindows.cut(210, 0, 100);
        assertThat(w2.count()).isEqualTo(3);
        assertThat(w2.length(2)).isEqualTo(10);
    }

    @Test
    void writeBackRejectsPathsThatMoveEndsOrChangeNodes() {
        int[] tour = IntStream.range(0, 20).toArray();
        TourWindows w = TourWindows.cut(20, 5, 10);
        int[] p = w.extract(tour, 0);
        int[] movedEnd = p.clone();
        movedEnd[0] = p[1];
        movedEnd[1] = p[0];
        assertThatThrownBy(() -> w.writeBack(tour, 0, movedEnd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends");
        int[] foreign = p.clone();
        foreign[3] = w.extract(tour, 1)[4];
        assertThatThrownBy(() -> w.writeBack(tour, 0, foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other nodes");
        assertThatThrownBy(() -> TourWindows.cut(20, 20, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TourWindows.cut(20, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    static int[] shuffled(int n, long seed) {
        int[] a = IntStream.range(0, n).toArray();
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
