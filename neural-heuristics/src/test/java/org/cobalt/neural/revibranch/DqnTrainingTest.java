package org.cobalt.neural.revibranch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.CobaltBbSolver;
import org.cobalt.neural.branching.SetCoverClass;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.DevicePreference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One tiny DQN training run on real cobalt-bb episodes (tiny set cover), the target-network sync, the
 * trained model inside the solver, and the fallback to reliability branching without a usable model.
 */
class DqnTrainingTest {

    static final SetCoverClass TINY = new SetCoverClass(40, 80, 0.08, 100);

    @TempDir
    static Path dir;
    static DqnConfig config;
    static List<EpisodeReport> reports;
    static float[][] initial;
    static float[][] afterTraining;
    static float[][] targetAfter;
    static long syncs;
    static long steps;
    static int replaySize;
    static Path modelFile;

    @BeforeAll
    static void trainTwoEpisodes() throws IOException {
        config = DqnConfig.revibranch(2, 3).withNodeLimit(40).withSteps(3, 4);
        config = new DqnConfig(config.episodes(), config.nodeLimit(), 16, 3, true, 0.9, 3e-3f, 4, 200, 3, 2,
                new EpsilonSchedule(0.5, 0.1, 1), 10, 3);
        // no cuts and no heuristics, so that the tiny instances branch
        try (DqnTrainer t = new DqnTrainer(config, BbSettings.defaults().withSeparators(List.of()).withHeuristics(List.of()))) {
            initial = values(t.online());
            reports = t.train(seed -> TINY.generate(100 + seed));
            afterTraining = values(t.online());
            targetAfter = values(t.target());
            syncs = t.targetSyncs();
            steps = t.gradientSteps();
            replaySize = t.replay().size();
            modelFile = dir.resolve("tiny-revibranch.json");
            t.save(modelFile, Map.of("test", "tiny"));
        }
    }

    static float[][] values(ReviBranchNet net) {
        List<Parameter> ps = net.parameters();
        float[][] v = new float[ps.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = ps.get(i).values();
        }
        return v;
    }

    @Test
    void episodesFillTheReplayAndTrainingMovesTheNetwork() {
        assertThat(reports).hasSize(2);
        assertThat(reports).allMatch(r -> r.nodes() > 0);
        int decisions = reports.stream().mapToInt(EpisodeReport::decisions).sum();
        assertThat(decisions).as("the tiny instances branch").isGreaterThan(0);
        assertThat(reports.get(0).decisions()).as("the first episode branches").isGreaterThan(0);
        assertThat(replaySize).isEqualTo(Math.min(decisions, 200));
        assertThat(steps).isEqualTo(6);
        assertThat(reports.get(1).meanLoss()).isFinite();
        assertThat(afterTraining).isNotEqualTo(initial);
    }

    @Test
    void targetNetworkIsSyncedEveryTargetSyncSteps() {
        assertThat(syncs).isEqualTo(steps / config.targetSync());
        // the last sync happened after the last step (6 % 2 == 0): target equals the online network
        assertThat(targetAfter).isDeepEqualTo(afterTraining);
        ReviBranchNet a = new ReviBranchNet(config.network(), 1);
        ReviBranchNet b = new ReviBranchNet(config.network(), 2);
        assertThat(values(a)).isNotEqualTo(values(b));
        b.copyFrom(a);
        assertThat(values(b)).isDeepEqualTo(values(a));
    }

    @Test
    void trainedModelBranchesToVerifiedOptima() {
        MilpModel m = TINY.generate(900);
        SolveOptions o = SolveOptions.builder().seed(1).parameter(ReviBranchBbSolver.REVIBRANCH + ".model",
                modelFile.toString()).build();
        ReviBranchBbSolver s = new ReviBranchBbSolver(ReviBranchBbSolver.REVIBRANCH, BbSettings.defaults(),
                () -> Backends.open(DevicePreference.CPU));
        SolveResult r = s.solve(m, o);
        SolveResult ref = new CobaltBbSolver().solve(m, SolveOptions.builder().seed(1).build());
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.stats().counters()).containsEntry("rlLearned", 1L);
        assertThat(Verifiers.check(m, r.solution()).feasible()).isTrue();
        assertThat(r.objective()).isCloseTo(ref.objective(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void missingOrCorruptModelFallsBackToReliabilityBranching() throws IOException {
        MilpModel m = TINY.generate(901);
        ReviBranchBbSolver s = new ReviBranchBbSolver(ReviBranchBbSolver.DQN);
        Path corrupt = dir.resolve("corrupt.json");
        Files.writeString(corrupt, "{ not json");
        for (String file : List.of("", dir.resolve("absent.json").toString(), corrupt.toString())) {
            SolveOptions o = SolveOptions.builder().seed(1).parameter(ReviBranchBbSolver.DQN + ".model", file).build();
            SolveResult r = s.solve(m, o);
            assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(r.stats().counters()).containsEntry("rlLearned", 0L);
            assertThat(r.message()).contains("RL model not used");
            assertThat(Verifiers.check(m, r.solution()).feasible()).isTrue();
        }
    }
}
