package org.cobalt.scheduling.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.scheduling.Tardiness;
import org.cobalt.scheduling.TestInstances;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bounds transferred between start times hold for the true optimum F(S, t). */
class TimeProfilesTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).boxed();
    }

    /** F(S, t) by enumeration (n <= 7). */
    static long optimum(SingleMachineProblem p, long t) {
        int n = p.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        return best(p, perm, 0, t);
    }

    private static long best(SingleMachineProblem p, int[] perm, int k, long t) {
        if (k == perm.length) {
            return Tardiness.total(p.processingTimes(), p.dueDates(), p.weights(), perm, t);
        }
        long b = Long.MAX_VALUE;
        for (int i = k; i < perm.length; i++) {
            int x = perm[k];
            perm[k] = perm[i];
            perm[i] = x;
            b = Math.min(b, best(p, perm, k + 1, t));
            perm[i] = perm[k];
            perm[k] = x;
        }
        return b;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void transferredBoundsContainTheOptimum(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SingleMachineProblem p = TestInstances.random(seed, 2 + rng.nextInt(5), 20, 0.5, 0.8, false);
        int n = p.size();
        long horizon = p.totalProcessingTime();
        long[] f = new long[(int) horizon + 1];
        int[] tardy = new int[f.length];
        for (int t = 0; t <= horizon; t++) {
            f[t] = optimum(p, t);
            for (int j = 0; j < n; j++) {
                tardy[t] += p.dueDate(j) <= t + p.processingTime(j) ? 1 : 0;
            }
        }
        TimeProfiles profiles = new TimeProfiles();
        for (int k = 0; k < 6; k++) {
            int t = rng.nextInt(f.length);
            if (rng.nextBoolean()) {
                profiles.record(7L, t, f[t], f[t], tardy[t]);
            } else {
                profiles.record(7L, t, Math.max(0, f[t] - rng.nextInt(5)), Long.MAX_VALUE, tardy[t]);
            }
        }
        for (int t = 0; t <= horizon; t++) {
            profiles.bounds(7L, t, n, tardy[t]);
            assertThat(profiles.lower).as("lower at t=%d", t).isLessThanOrEqualTo(f[t]);
            assertThat(profiles.upper).as("upper at t=%d", t).isGreaterThanOrEqualTo(f[t]);
        }
        profiles.bounds(8L, 0, n, 0);
        assertThat(profiles.lower).isZero();
        assertThat(profiles.upper).isEqualTo(Long.MAX_VALUE);
    }
}
