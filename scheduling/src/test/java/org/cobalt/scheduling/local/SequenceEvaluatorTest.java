package org.cobalt.scheduling.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.scheduling.Tardiness;
import org.cobalt.scheduling.TestInstances;
import org.cobalt.scheduling.rules.EarliestDueDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Incremental move evaluation agrees with recomputing the whole sequence. */
class SequenceEvaluatorTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 60).boxed();
    }

    private static long recomputed(SingleMachineProblem p, int[] seq) {
        return Tardiness.total(p, seq);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void deltasMatchRecomputation(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SingleMachineProblem p = TestInstances.random(seed, 2 + rng.nextInt(40), seed % 2 == 1);
        int n = p.size();
        SequenceEvaluator e = new SequenceEvaluator(p, new EarliestDueDate().sequence(p));
        for (int step = 0; step < 200; step++) {
            int i = rng.nextInt(n);
            int j = rng.nextInt(n);
            int[] before = e.sequence();
            long cost = e.cost();
            assertThat(cost).isEqualTo(recomputed(p, before));
            int[] swapped = before.clone();
            swapped[i] = before[j];
            swapped[j] = before[i];
            assertThat(e.swapDelta(i, j)).isEqualTo(recomputed(p, swapped) - cost);
            int[] inserted = insert(before, i, j);
            assertThat(e.insertDelta(i, j)).isEqualTo(recomputed(p, inserted) - cost);
            if (i < j && e.swapCannotImprove(i, j)) {
                assertThat(e.swapDelta(i, j)).isGreaterThanOrEqualTo(0);
            }
            SequenceEvaluator.Move best = e.bestInsertion(i);
            long bestDelta = 0;
            for (int to = 0; to < n; to++) {
                bestDelta = Math.min(bestDelta, recomputed(p, insert(before, i, to)) - cost);
            }
            assertThat(best.delta()).isEqualTo(bestDelta);
            assertThat(recomputed(p, insert(before, i, best.to())) - cost).isEqualTo(best.delta());
            if (rng.nextBoolean()) {
                e.applySwap(i, j);
                assertThat(e.sequence()).containsExactly(swapped);
            } else {
                e.applyInsert(i, j);
                assertThat(e.sequence()).containsExactly(inserted);
            }
            assertThat(e.cost()).isEqualTo(recomputed(p, e.sequence()));
            for (int q = 0; q < n; q++) {
                long c = 0;
                for (int r = 0; r <= q; r++) {
                    c += p.processingTime(e.job(r));
                }
                assertThat(e.completion(q)).isEqualTo(c);
            }
        }
    }

    static int[] insert(int[] seq, int from, int to) {
        int[] out = seq.clone();
        int a = seq[from];
        if (from < to) {
            System.arraycopy(seq, from + 1, out, from, to - from);
        } else if (from > to) {
            System.arraycopy(seq, to, out, to + 1, from - to);
        }
        out[to] = a;
        return out;
    }
}
