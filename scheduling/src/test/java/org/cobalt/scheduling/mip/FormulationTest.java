package org.cobalt.scheduling.mip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.scheduling.Tardiness;
import org.cobalt.scheduling.TestInstances;
import org.cobalt.scheduling.rules.EarliestDueDate;
import org.cobalt.scheduling.rules.MddChallenger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Without a MILP solver: every sequence encodes to a feasible solution of the model whose objective
 * is that sequence's tardiness, decodes back to itself, and broken encodings are rejected.
 */
class FormulationTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 24).boxed();
    }

    static List<SmttFormulation> formulations() {
        return List.of(new PositionalFormulation(), new TimeIndexedFormulation());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void encodedSequencesAreFeasibleWithTheirTardiness(long seed) {
        SingleMachineProblem p = TestInstances.random(seed, 1 + (int) (seed % 9), 12, 0.6, 0.6, seed % 2 == 1);
        for (SmttFormulation f : formulations()) {
            MilpModel model = f.model(p);
            for (int[] seq : List.of(new EarliestDueDate().sequence(p), new MddChallenger().sequence(p))) {
                MilpSolution x = f.encode(p, seq);
                Verification v = Verifiers.check(model, x);
                assertThat(v.feasible()).as(f.id() + ": " + v.summary()).isTrue();
                assertThat(v.objective()).as(f.id()).isEqualTo((double) Tardiness.total(p, seq));
                assertThat(f.decode(p, x)).containsExactly(seq);
            }
        }
    }

    @Test
    void everyPermutationOfFourJobsRoundTrips() {
        SingleMachineProblem p = SingleMachineProblem.unweighted("four", new int[] {3, 1, 4, 2}, new int[] {2, 7, 5, -1});
        int[][] perms = permutations(4);
        for (SmttFormulation f : formulations()) {
            MilpModel model = f.model(p);
            for (int[] seq : perms) {
                MilpSolution x = f.encode(p, seq);
                Verification v = Verifiers.check(model, x);
                assertThat(v.feasible()).isTrue();
                assertThat(v.objective()).isEqualTo((double) Tardiness.total(p, seq));
                assertThat(f.decode(p, x)).containsExactly(seq);
            }
        }
    }

    @Test
    void positionalRejectsBrokenAssignments() {
        SingleMachineProblem p = TestInstances.random(3, 5, 10, 0.5, 0.5, false);
        PositionalFormulation f = new PositionalFormulation();
        MilpModel model = f.model(p);
        int n = p.size();
        double[] x = f.encode(p, new int[] {0, 1, 2, 3, 4}).values();
        // job 0 also in position 1: assignment rows fail, and decode refuses
        x[1] = 1.0;
        assertThat(Verifiers.check(model, new MilpSolution(x)).feasible()).isFalse();
        assertThatThrownBy(() -> f.decode(p, new MilpSolution(x))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 1");
        // tardiness understated: the tardiness row of the last position fails
        double[] y = f.encode(p, new int[] {4, 3, 2, 1, 0}).values();
        int lastT = n * n + 2 * n - 1;
        assertThat(y[lastT]).isGreaterThanOrEqualTo(1.0); // the last job is late (d <= 0.75 P)
        y[lastT] -= 1;
        assertThat(Verifiers.check(model, new MilpSolution(y)).feasible()).isFalse();
        // completion times inconsistent with the assignment
        double[] z = f.encode(p, new int[] {0, 1, 2, 3, 4}).values();
        z[n * n] += 1;
        assertThat(Verifiers.check(model, new MilpSolution(z)).feasible()).isFalse();
    }

    @Test
    void timeIndexedRejectsOverlapsAndMissingJobs() {
        SingleMachineProblem p = SingleMachineProblem.unweighted("three", new int[] {2, 3, 1}, new int[] {2, 3, 6});
        TimeIndexedFormulation f = new TimeIndexedFormulation();
        MilpModel model = f.model(p);
        double[] x = f.encode(p, new int[] {0, 1, 2}).values();
        // job 2 moved from start 5 to start 1: overlaps job 0 -> a time row holds 2
        int total = 6;
        int job2 = (total - 2 + 1) + (total - 3 + 1);
        x[job2 + 5] = 0;
        x[job2 + 1] = 1;
        assertThat(Verifiers.check(model, new MilpSolution(x)).feasible()).isFalse();
        assertThatThrownBy(() -> f.decode(p, new MilpSolution(x))).hasMessageContaining("overlap");
        x[job2 + 1] = 0;
        assertThat(Verifiers.check(model, new MilpSolution(x)).feasible()).isFalse();
        assertThatThrownBy(() -> f.decode(p, new MilpSolution(x))).hasMessageContaining("never starts");
    }

    @Test
    void timeIndexedRefusesHugeHorizons() {
        SingleMachineProblem p = TestInstances.random(1, 120, 100, 0.5, 0.5, false);
        assertThatThrownBy(() -> new TimeIndexedFormulation().model(p)).hasMessageContaining("non-zeros");
    }

    @Test
    void modelsHaveTheDocumentedSize() {
        SingleMachineProblem p = TestInstances.random(2, 7, 10, 0.5, 0.5, false);
        MilpModel m = new PositionalFormulation().model(p);
        assertThat(m.numVariables()).isEqualTo(7 * 7 + 14);
        assertThat(m.numIntegerVariables()).isEqualTo(49);
        assertThat(m.numRows()).isEqualTo(4 * 7);
        assertThatThrownBy(() -> new PositionalFormulation().encode(p, new int[] {0, 0, 1, 2, 3, 4, 5}))
                .hasMessageContaining("twice");
    }

    static int[][] permutations(int n) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out.toArray(new int[0][]);
    }

    private static void permute(int[] cur, boolean[] used, int k, java.util.List<int[]> out) {
        if (k == cur.length) {
            out.add(cur.clone());
            return;
        }
        for (int j = 0; j < cur.length; j++) {
            if (!used[j]) {
                used[j] = true;
                cur[k] = j;
                permute(cur, used, k + 1, out);
                used[j] = false;
            }
        }
    }
}
