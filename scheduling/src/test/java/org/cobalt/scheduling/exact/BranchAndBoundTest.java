package org.cobalt.scheduling.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.scheduling.SharedSmtt;
import org.cobalt.scheduling.TestInstances;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BranchAndBoundTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    private static SolveResult solveVerified(SingleMachineProblem p, SolveOptions o) {
        SolveResult r = new BranchAndBoundSolver().solve(p, o);
        Verification v = Verifiers.check(p, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 0)).as("reported %s, recomputed %s", r.objective(), v.objective()).isTrue();
        return r;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matchesBruteForceUpToNineJobs(long seed) {
        // unweighted (decomposition search) and weighted (subset DP), varied tightness, many ties
        SingleMachineProblem p = TestInstances.random(seed, 1 + (int) (seed % 9), seed % 4 == 3);
        SolveResult r = solveVerified(p, SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat((long) r.objective()).isEqualTo(TestInstances.bruteForce(p));
        assertThat(r.bound()).isEqualTo(r.objective());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void decompositionSearchMatchesTheSubsetProgramme(long seed) {
        // larger than brute force allows: 10..16 jobs, the DP over subsets as reference
        SingleMachineProblem p = TestInstances.random(seed + 1000, 10 + (int) (seed % 7), false);
        SolveResult r = solveVerified(p, SolveOptions.DEFAULT);
        int[] dp = new SubsetDynamicProgram(p.processingTimes(), p.dueDates(), p.weights(), () -> false).solve();
        assertThat((long) r.objective()).isEqualTo(TestInstances.verifiedCost(p, dp));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"n20-paper.jsonl", "n100.jsonl"})
    void provesEverySharedOptimum(String file) {
        Optional<List<SharedSmtt.Instance>> set = SharedSmtt.load(file);
        Assumptions.assumeTrue(set.isPresent(), "shared data scheduling/smtt/" + file + " not found");
        for (SharedSmtt.Instance in : set.get()) {
            SolveResult r = solveVerified(in.problem(), SolveOptions.DEFAULT);
            assertThat(r.status()).as(in.problem().name()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat((long) r.objective()).as(in.problem().name()).isEqualTo(in.optimum());
        }
    }

    @Test
    void warmStartIsUsedAndLimitsGiveTheIncumbent() {
        SingleMachineProblem p = TestInstances.random(5, 120, 100, 0.6, 0.2, false);
        int[] edd = new org.cobalt.scheduling.rules.EarliestDueDate().sequence(p);
        SolveResult limited = solveVerified(p, SolveOptions.builder().nodeLimit(1).build().withWarmStart(new SequenceSolution(edd)));
        assertThat(limited.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(limited.solution()).isEqualTo(new SequenceSolution(edd));
        assertThat(limited.bound()).isLessThan(limited.objective());
        SolveResult full = solveVerified(p, SolveOptions.DEFAULT.withWarmStart(new SequenceSolution(edd)));
        assertThat(full.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(full.objective()).isLessThan(limited.objective());
    }

    @Test
    void tinyMemoryStillGivesTheOptimum() {
        // clearing the memo table repeatedly must not change the answer
        SingleMachineProblem p = TestInstances.random(11, 60, 100, 0.6, 0.4, false);
        SolveResult normal = solveVerified(p, SolveOptions.DEFAULT);
        SolveResult small = solveVerified(p, SolveOptions.builder().parameter(BranchAndBoundSolver.MAX_STATES, 50).build());
        assertThat(small.objective()).isEqualTo(normal.objective());
        assertThat(small.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    void largeWeightedInstancesAreRejectedWithAReason() {
        SingleMachineProblem p = TestInstances.random(1, 30, 100, 0.5, 0.5, true);
        SolveResult r = new BranchAndBoundSolver().solve(p, SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("weighted").contains("smtt-mip");
    }

    @Test
    void matchingBoundIsValid() {
        for (long seed = 0; seed < 50; seed++) {
            SingleMachineProblem p = TestInstances.random(seed, 1 + (int) (seed % 8), false);
            assertThat(LowerBounds.matching(p)).isLessThanOrEqualTo(TestInstances.bruteForce(p));
        }
    }
}
