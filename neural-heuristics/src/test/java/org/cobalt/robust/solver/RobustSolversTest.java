package org.cobalt.robust.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.generate.robust.CapitalBudgetingGenerator;
import org.cobalt.instances.generate.robust.ProfitCorrelation;
import org.cobalt.instances.generate.robust.RobustKnapsackGenerator;
import org.cobalt.instances.robust.FirstStageSolution;
import org.cobalt.neural.neur2ro.CapitalBudgetingFeatures;
import org.cobalt.neural.neur2ro.CapitalBudgetingSampler;
import org.cobalt.neural.neur2ro.DataGenerator;
import org.cobalt.neural.neur2ro.KnapsackFeatures;
import org.cobalt.neural.neur2ro.KnapsackSampler;
import org.cobalt.neural.neur2ro.Neur2roModelFile;
import org.cobalt.neural.neur2ro.Neur2roSolver;
import org.cobalt.neural.neur2ro.SetEncoderNetwork;
import org.cobalt.neural.neur2ro.SetEncoderTrainer;
import org.cobalt.neural.neur2ro.TrainingConfig;
import org.cobalt.neural.neur2ro.TrainingData;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.RobustModels;
import org.cobalt.robust.model.TwoStageModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decision the robust solvers report is feasible for its first stage, passes the registered
 * verifier, and carries the exact worst case as its objective; exact CCG is optimal by enumeration
 * on tiny knapsacks. Neur2RO runs with tiny models trained here.
 */
class RobustSolversTest {

    @TempDir
    static Path dir;

    private static Path cbModel;
    private static Path kpModel;

    /** Tiny networks keep the default run fast; the shipped knapsack model runs in the benchmark. */
    @BeforeAll
    static void trainTinyModels() throws Exception {
        TrainingConfig cfg = new TrainingConfig(SetEncoderNetwork.Architecture.tiny(), 15, 16, 1e-2, 0.2, 15, 7);
        TrainingData cb = new DataGenerator(new CapitalBudgetingSampler(new int[] {4, 5}, 2), 6, 3, 4, 7, 1).generate();
        cbModel = dir.resolve("cb.json");
        Neur2roModelFile.write(new SetEncoderTrainer(cfg).train(cb, CapitalBudgetingFeatures.FEATURES,
                CapitalBudgetingFeatures.FEATURES, e -> { }).model(), cbModel);
        TrainingData kp = new DataGenerator(new KnapsackSampler(new int[] {6, 7}), 6, 3, 4, 7, 1).generate();
        kpModel = dir.resolve("kp.json");
        Neur2roModelFile.write(new SetEncoderTrainer(cfg).train(kp, KnapsackFeatures.FEATURES,
                KnapsackFeatures.FEATURES, e -> { }).model(), kpModel);
    }

    static Problem knapsack(long seed, int n) {
        ProfitCorrelation[] c = ProfitCorrelation.values();
        SplittableRandom rng = new SplittableRandom(seed);
        return new RobustKnapsackGenerator(n, c[(int) (seed % c.length)], 40 + 40 * (int) (seed % 2), 0.5, 0.2)
                .generate(rng, "kp" + seed);
    }

    static Problem capitalBudgeting(long seed, int n) {
        return new CapitalBudgetingGenerator(n, 2, 0.8).generate(new SplittableRandom(seed), "cb" + seed);
    }

    static Stream<Arguments> runs() {
        Stream.Builder<Arguments> s = Stream.builder();
        for (long seed = 1; seed <= 2; seed++) {
            for (String id : new String[] {"ccg-exact", "scenario-robust", "neur2ro"}) {
                s.add(Arguments.of(id, knapsack(seed, 5 + (int) seed)));
                s.add(Arguments.of(id, capitalBudgeting(seed, 4)));
            }
        }
        return s.build();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void everyReportedDecisionIsFeasibleAndExactlyEvaluated(String id, Problem problem) {
        // few Neur2RO rounds: the property under test is the feasibility of whatever it returns
        SolveOptions.Builder o = SolveOptions.builder().timeLimitSeconds(30).seed(3).threads(1)
                .parameter(ScenarioRobustSolver.SCENARIOS.name(), "3")
                .parameter(Neur2roSolver.ITERATIONS.name(), "3");
        if (id.equals(Neur2roSolver.ID)) {
            o.parameter(Neur2roSolver.MODEL.name(), (problem.name().startsWith("cb") ? cbModel : kpModel).toString());
        }
        SolveResult r = Solvers.get(id).solve(problem, o.build());
        assertThat(r.hasSolution()).as(r.message()).isTrue();
        assertThat(r.stats().counters()).doesNotContainKey("fallback");
        TwoStageModel model = RobustModels.of(problem, MilpSolve.DEFAULT);
        boolean[] decision = model.decision((FirstStageSolution) r.solution());
        assertThat(model.isFeasible(decision)).isTrue();
        Verification v = Verifiers.check(problem, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-6)).as("reported %s, verified %s", r.objective(), v.objective()).isTrue();
    }

    @Test
    void exactCcgMatchesEnumerationOnTinyKnapsacks() {
        for (long seed = 11; seed <= 12; seed++) {
            Problem p = knapsack(seed, 6);
            TwoStageModel model = RobustModels.of(p, MilpSolve.DEFAULT);
            double best = Double.NEGATIVE_INFINITY;
            for (int mask = 0; mask < 1 << 6; mask++) {
                boolean[] x = new boolean[6];
                for (int i = 0; i < 6; i++) {
                    x[i] = (mask >> i & 1) == 1;
                }
                best = Math.max(best, model.objective(model.evaluate(x, Deadline.none()).cost()));
            }
            SolveResult r = Solvers.get("ccg-exact").solve(p, SolveOptions.builder().timeLimitSeconds(60).build());
            assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(r.objective()).isCloseTo(best, within(1e-6 * Math.max(1, Math.abs(best))));
        }
    }

    @Test
    void shippedKnapsackModelLoadsAndFitsTheFeatures() throws Exception {
        var model = Neur2roModelFile.readResource(Neur2roSolver.defaultModelResource(KnapsackFeatures.KIND));
        assertThat(model.kind()).isEqualTo(KnapsackFeatures.KIND);
        var in = model.inputs(org.cobalt.neural.neur2ro.Neur2roFeatures.of(knapsack(4, 30)));
        assertThat(in.labelScale()).isPositive();
    }

    @Test
    void infeasibleCapitalBudgetingDecisionIsRejected() {
        var p = (org.cobalt.instances.robust.CapitalBudgetingProblem) capitalBudgeting(5, 6);
        boolean[] all = new boolean[p.size()];
        java.util.Arrays.fill(all, true);
        assertThat(p.worstCaseCost(all)).isGreaterThan(p.budget());
        Verification v = Verifiers.check(p, new FirstStageSolution(all));
        assertThat(v.feasible()).isFalse();
        assertThat(v.summary()).contains("exceeds the budget");
    }
}
