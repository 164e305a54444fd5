package org.cobalt.routing.tsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.Fixtures;
import org.cobalt.routing.Metrics;
import org.junit.jupiter.api.Test;

class ArrayTourTest {

    @Test
    void rejectsNonPermutations() {
        assertThatThrownBy(() -> new ArrayTour(new int[] {0, 1, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArrayTour(new int[] {0, 3, 1})).isInstanceOf(IllegalArgumentException.class);
    }

    /** Random 2-opt moves in both orientations: the length changes by exactly the predicted delta. */
    @Test
    void twoOptMoveDeltaMatchesRecomputation() {
        Metric m = Fixtures.tsp(300, 4).metric();
        int n = m.size();
        SplittableRandom r = new SplittableRandom(9);
        ArrayTour t = new ArrayTour(new NearestNeighborConstruction().build(m, null, r));
        for (int it = 0; it < 2000; it++) {
            int a = r.nextInt(n);
            int c = r.nextInt(n);
            boolean fwd = r.nextBoolean();
            int b = fwd ? t.next(a) : t.prev(a);
            int d = fwd ? t.next(c) : t.prev(c);
            if (a == c || c == b || d == a) {
                continue;
            }
            double before = Metrics.tourLength(m, t.toArray());
            double delta = m.distance(a, c) + m.distance(b, d) - m.distance(a, b) - m.distance(c, d);
            t.twoOptMove(a, b, c, d);
            int[] order = t.toArray();
            assertThat(Metrics.isPermutation(order, n)).isTrue();
            assertThat(Metrics.tourLength(m, order) - before).isEqualTo(delta);
            assertThat(t.next(a) == c || t.prev(a) == c).isTrue();
            for (int i = 0; i < n; i++) {
                assertThat(t.position(t.at(i))).isEqualTo(i);
            }
        }
    }

    @Test
    void journalRollsBackEveryChange() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 101;
        int[] start = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = i;
        }
        ArrayTour t = new ArrayTour(start);
        t.beginJournal();
        for (int it = 0; it < 50; it++) {
            t.reversePath(r.nextInt(n), r.nextInt(n));
            int p = r.nextInt(n);
            t.swapAdjacentBlocks(p, p + 1 + r.nextInt(20), p + 22 + r.nextInt(20));
        }
        assertThat(t.journalWrites()).isPositive();
        t.rollbackJournal();
        assertThat(t.toArray()).isEqualTo(start);
        for (int i = 0; i < n; i++) {
            assertThat(t.position(i)).isEqualTo(i);
        }
    }

    @Test
    void swapAdjacentBlocksWrapsAround() {
        ArrayTour t = new ArrayTour(new int[] {0, 1, 2, 3, 4, 5, 6, 7});
        // A = ..6, B = [7, 0], C = [1, 2], rest 3..5
        t.swapAdjacentBlocks(6, 8, 10);
        int[] o = t.toArray();
        assertThat(Metrics.isPermutation(o, 8)).isTrue();
        assertThat(t.next(6)).isEqualTo(1);
        assertThat(t.next(2)).isEqualTo(7);
        assertThat(t.next(0)).isEqualTo(3);
    }
}
