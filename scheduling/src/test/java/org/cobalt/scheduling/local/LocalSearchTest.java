package org.cobalt.scheduling.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.scheduling.Tardiness;
import org.cobalt.scheduling.TestInstances;
import org.cobalt.scheduling.rules.MddChallenger;
import org.cobalt.scheduling.rules.ShortestProcessingTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LocalSearchTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 30).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void descentEndsInALocalOptimumOfAllThreeNeighbourhoods(long seed) {
        SingleMachineProblem p = TestInstances.random(seed, 3 + (int) (seed % 35), seed % 3 == 0);
        int[] start = new ShortestProcessingTime().sequence(p);
        SequenceEvaluator e = new SequenceEvaluator(p, start);
        long before = e.cost();
        DescentLocalSearch.FULL.improve(e, () -> false);
        assertThat(e.cost()).isLessThanOrEqualTo(before).isEqualTo(TestInstances.verifiedCost(p, e.sequence()));
        int n = p.size();
        int[] seq = e.sequence();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int[] s = seq.clone();
                s[i] = seq[j];
                s[j] = seq[i];
                assertThat(Tardiness.total(p, s)).isGreaterThanOrEqualTo(e.cost());
                assertThat(Tardiness.total(p, SequenceEvaluatorTest.insert(seq, i, j))).isGreaterThanOrEqualTo(e.cost());
            }
        }
    }

    /** The paper's augmentation written as in its code: rebuild, move the best earlier job to the end. */
    static int[] paperAugmentation(SingleMachineProblem p, int[] order) {
        List<Integer> schedule = new ArrayList<>();
        int[] pt = p.processingTimes();
        int[] d = p.dueDates();
        int[] w = p.weights();
        for (int job : order) {
            schedule.add(job);
            long best = Tardiness.total(pt, d, w, schedule.stream().mapToInt(Integer::intValue).toArray());
            List<Integer> bestSchedule = schedule;
            for (int i = 0; i < schedule.size() - 1; i++) {
                List<Integer> trial = new ArrayList<>(schedule.subList(0, i));
                trial.addAll(schedule.subList(i + 1, schedule.size()));
                trial.add(schedule.get(i));
                long t = Tardiness.total(pt, d, w, trial.stream().mapToInt(Integer::intValue).toArray());
                if (t < best) {
                    best = t;
                    bestSchedule = trial;
                }
            }
            schedule = new ArrayList<>(bestSchedule);
        }
        return schedule.stream().mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void prefixReinsertionIsThePapersAugmentation(long seed) {
        SingleMachineProblem p = TestInstances.random(seed, 2 + (int) (seed * 5 % 30), false);
        int[] order = new MddChallenger().sequence(p);
        SequenceEvaluator e = new SequenceEvaluator(p, order);
        new PrefixReinsertion().improve(e, () -> false);
        assertThat(e.sequence()).containsExactly(paperAugmentation(p, order));
        assertThat(e.cost()).isLessThanOrEqualTo(Tardiness.total(p, order));
    }

    @Test
    void namesParse() {
        assertThat(LocalSearches.parse("descent")).isEqualTo(DescentLocalSearch.FULL);
        assertThat(LocalSearches.parse("prefix+descent").name()).isEqualTo("prefix-reinsertion+" + DescentLocalSearch.FULL.name());
        assertThatThrownBy(() -> LocalSearches.parse("tabu")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tabu");
    }

    @Test
    void stopSupplierIsHonoured() {
        SingleMachineProblem p = TestInstances.random(3, 200, false);
        SequenceEvaluator e = new SequenceEvaluator(p, new ShortestProcessingTime().sequence(p));
        long before = e.cost();
        assertThat(DescentLocalSearch.FULL.improve(e, () -> true)).isZero();
        assertThat(e.cost()).isEqualTo(before);
    }
}
