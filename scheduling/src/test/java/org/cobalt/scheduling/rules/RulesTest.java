package org.cobalt.scheduling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.scheduling.TestInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RulesTest {

    // p = 4 2 6 3, d = 5 9 6 9 (jobs 0..3)
    private static final SingleMachineProblem TINY = SingleMachineProblem.unweighted("tiny",
            new int[] {4, 2, 6, 3}, new int[] {5, 9, 6, 9});

    @Test
    void eddSortsByDueDateThenShorterJob() {
        // d: 5(j0) 6(j2) 9(j1, p2) 9(j3, p3)
        assertThat(new EarliestDueDate().sequence(TINY)).containsExactly(0, 2, 1, 3);
    }

    @Test
    void sptSortsByProcessingTimeThenDueDate() {
        assertThat(new ShortestProcessingTime().sequence(TINY)).containsExactly(1, 3, 0, 2);
    }

    @Test
    void wsptUsesRatiosAndPutsWeightlessJobsLast() {
        SingleMachineProblem w = new SingleMachineProblem("w", new int[] {4, 2, 6, 3}, new int[] {0, 0, 0, 0},
                new int[] {4, 0, 12, 1});
        // p/w: 1, inf, 0.5, 3
        assertThat(new ShortestProcessingTime().sequence(w)).containsExactly(2, 0, 3, 1);
    }

    @Test
    void mddPicksSmallestModifiedDueDate() {
        // t=0: max(p,d) = 5,9,6,9 -> j0; t=4: max(4+p, d) = -,9,10,9 -> j1 (first min); t=6: j2 12, j3 9 -> j3; then j2
        assertThat(new ModifiedDueDate().sequence(TINY)).containsExactly(0, 1, 3, 2);
    }

    @Test
    void pskFollowsItsActiveJobScan() {
        // SPT list 1(p2,d9) 3(p3,d9) 0(p4,d5) 2(p6,d6). C=0: active 1; vs 3: d1<=C+p3? 9<=3 no; d1<=d3 yes;
        // vs 0: 9<=4 no; 9<=5 no -> active 0; vs 2: d0=5 <= 0+6 -> schedule 0. C=4: active 1 (C+p=6<9);
        // vs 3: 9<=7 no, 9<=9 yes; vs 2: 9<=10 -> schedule 1. C=6: active 3 (9<9? no: 6+3>=9 tardy) -> 3; then 2
        assertThat(new PanwalkarSmithKoulamas().sequence(TINY)).containsExactly(0, 1, 3, 2);
    }

    @Test
    void panneerselvamTakesLargestSlackPerUnitAndLastIndexOnTies() {
        // SUMT 15: (15-d)/p = 2.5, 3, 1.5, 2 -> j1; SUMT 13: 2, -, 7/6, 4/3 -> j0; SUMT 9: j2 0.5, j3 0 -> j2; j3
        assertThat(new Panneerselvam().sequence(TINY)).containsExactly(1, 0, 2, 3);
        SingleMachineProblem tie = SingleMachineProblem.unweighted("tie", new int[] {2, 2}, new int[] {1, 1});
        assertThat(new Panneerselvam().sequence(tie)).containsExactly(1, 0);
    }

    @Test
    void atcWithHugeLookaheadIsWsptAndWithTinyLookaheadPrefersUrgentJobs() {
        SingleMachineProblem w = new SingleMachineProblem("w", new int[] {4, 2, 6, 3}, new int[] {5, 9, 6, 9},
                new int[] {4, 1, 12, 1});
        assertThat(new ApparentTardinessCost(1e9).sequence(w)).containsExactly(new ShortestProcessingTime().sequence(w));
        // slack max(d - p - t, 0) at t=0: 1, 7, 0, 6; a tiny k makes any slack decisive -> job 2 (slack 0) first
        assertThat(new ApparentTardinessCost(1e-6).sequence(w)[0]).isEqualTo(2);
    }

    @Test
    void eddcSwapsEarlyJobsBehindLaterChallengers() {
        // SPT start 1(p2,d9) 3(p3,d9) 0(p4,d5) 2(p6,d6)
        // i=1: d3 < d1? no. i=2: j=2: d0=5 < d3=9 and d3=9 > C(pos1)=5 -> swap: 1 0 3 2; j=1: d0 < d1 and 9 > C(pos0)=2 -> swap: 0 1 3 2
        // i=3: j=3: d2=6 < d3=9, 9 > C(pos2)=9? no -> no swap, j=2: d[3]=9 < d[1]=9? no -> stop
        assertThat(new EddChallenger().sequence(TINY)).containsExactly(0, 1, 3, 2);
    }

    @Test
    void eddcOnThreeJobs() {
        // SPT order 0(p1,d100) 1(p2,d1) 2(p3,d0): i=1: d1 < d0 and job 0 early (100 > 1) -> 1 0 2
        // i=2: d2 < d0 and job 0 early (100 > 3) -> 1 2 0; then d2 < d1 but job 1 is tardy (1 <= 2): kept
        SingleMachineProblem q = SingleMachineProblem.unweighted("q", new int[] {1, 2, 3}, new int[] {100, 1, 0});
        assertThat(new EddChallenger().sequence(q)).containsExactly(1, 2, 0);
    }

    /** EDDC as published, with the available time summed afresh at every step. */
    static int[] eddcReference(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] s = org.cobalt.scheduling.JobOrder.sorted(n, (a, b) -> p[a] != p[b] ? Integer.compare(p[a], p[b]) : Integer.compare(d[a], d[b]));
        for (int i = 1; i < n; i++) {
            int j = i;
            while (j > 0 && d[s[j]] < d[s[j - 1]]) {
                long available = 0;
                for (int q = 0; q < j; q++) {
                    available += p[s[q]];
                }
                if (d[s[j - 1]] > available) {
                    int t = s[j];
                    s[j] = s[j - 1];
                    s[j - 1] = t;
                }
                j--;
            }
        }
        return s;
    }

    /** MDDC as published, over a list of unscheduled jobs. */
    static int[] mddcReference(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        java.util.List<Integer> u = new java.util.ArrayList<>();
        for (int j : org.cobalt.scheduling.JobOrder.sorted(n, (a, b) -> d[a] != d[b] ? Integer.compare(d[a], d[b]) : Integer.compare(p[a], p[b]))) {
            u.add(j);
        }
        int[] seq = new int[n];
        long t = 0;
        for (int pos = 0; pos < n; pos++) {
            long max = u.stream().mapToLong(j -> p[j]).max().orElseThrow();
            long sum = u.stream().mapToLong(j -> p[j]).sum();
            int best = 0;
            double bestU = Double.POSITIVE_INFINITY;
            for (int q = 0; q < u.size(); q++) {
                int j = u.get(q);
                double urgency = Math.max(p[j] * 1.1 + t, d[j]);
                double m = Math.min(1.0, p[j] / (double) (t + max));
                urgency *= 1 + m * m / (1 + m * m);
                urgency += p[j] / (t + sum / (double) u.size());
                if (urgency < bestU) {
                    bestU = urgency;
                    best = q;
                }
            }
            seq[pos] = u.remove(best);
            t += p[seq[pos]];
        }
        return seq;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eddcAndMddcMatchPlainTranscriptionsOfThePublishedRules(long seed) {
        SingleMachineProblem p = TestInstances.random(seed, 2 + (int) (seed * 7 % 60), false);
        assertThat(new EddChallenger().sequence(p)).containsExactly(eddcReference(p));
        assertThat(new MddChallenger().sequence(p)).containsExactly(mddcReference(p));
    }

    @Test
    void mddcOnTinyInstance() {
        // t=0, max p = 6, mean p = 3.75: u = max(1.1p, d)(1 + m^2/(1+m^2)) + p/3.75 with m = p/6
        // j0: 5*(1+ (4/9)/(13/9)) + 4/3.75 = 5*(1+4/13)+1.0667 = 7.6051; j1: 9*(1+1/10)+0.533 = 10.433
        // j2: 6.6*(1.5)+1.6 = 11.5; j3: 9*(1+0.2)+0.8 = 11.6 -> j0 first
        int[] s = new MddChallenger().sequence(TINY);
        assertThat(s[0]).isZero();
        assertThat(s).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyRuleReturnsAVerifiedPermutation(long seed) {
        for (boolean weighted : new boolean[] {false, true}) {
            SingleMachineProblem p = TestInstances.random(seed, 1 + (int) (seed % 37), weighted);
            for (String id : SchedulingRules.IDS) {
                int[] s = SchedulingRules.byId(id, SolveOptions.DEFAULT).sequence(p);
                assertThat(TestInstances.verifiedCost(p, s)).as(id).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pskIsMddWithSptTieBreaking(long seed) {
        // Alidaee and Gopalan (1997): PSK = MDD where ties go to the earlier job of the SPT list
        SingleMachineProblem p = TestInstances.random(seed, 2 + (int) (seed % 40), false);
        int n = p.size();
        int[] pt = p.processingTimes();
        int[] d = p.dueDates();
        int[] list = org.cobalt.scheduling.JobOrder.sorted(n, (a, b) -> pt[a] != pt[b] ? Integer.compare(pt[a], pt[b]) : Integer.compare(d[a], d[b]));
        boolean[] done = new boolean[n];
        int[] expected = new int[n];
        long t = 0;
        for (int pos = 0; pos < n; pos++) {
            int best = -1;
            for (int j : list) {
                if (!done[j] && (best < 0 || Math.max(t + pt[j], d[j]) < Math.max(t + pt[best], d[best]))) {
                    best = j;
                }
            }
            done[best] = true;
            expected[pos] = best;
            t += pt[best];
        }
        assertThat(new PanwalkarSmithKoulamas().sequence(p)).containsExactly(expected);
    }

    @Test
    void rulesAreKnownById() {
        assertThat(SchedulingRules.IDS.stream().map(id -> SchedulingRules.byId(id, SolveOptions.DEFAULT).id()).toList())
                .isEqualTo(SchedulingRules.IDS);
        assertThat(List.of(new EarliestDueDate(), new MddChallenger())).extracting(SequencingRule::id).containsExactly("edd", "mddc");
    }
}
