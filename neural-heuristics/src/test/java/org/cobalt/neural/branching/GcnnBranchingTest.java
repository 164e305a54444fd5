package org.cobalt.neural.branching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.milp.bb.CobaltBbSolver;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.DevicePreference;
import org.cobalt.neural.runtime.ModelFiles;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imitation training on tiny data and the brancher in cobalt-bb: the network overfits a few recorded
 * nodes, the trained model branches real solves to verified optima, and a missing or corrupt model, or no
 * usable inference device, falls back to reliability pseudocost branching.
 */
class GcnnBranchingTest {

    @TempDir
    static Path dir;

    static GcnnPolicy trained;
    static ImitationResult result;
    static Path modelFile;

    @BeforeAll
    static void trainOnTinyData() throws IOException {
        List<ImitationSample> data = TinyData.load();
        assertThat(data).hasSizeGreaterThanOrEqualTo(24);
        ImitationConfig cfg = new ImitationConfig(32, 3e-3f, 8, 60, 60, 3, 300, 1000, 16);
        trained = ImitationTraining.newPolicy(cfg);
        result = ImitationTraining.train(trained, data, List.of(), cfg, ImitationTraining.EpochListener.NONE);
        modelFile = dir.resolve("tiny.json");
        new ModelFiles().save(trained, modelFile, java.util.Map.of("test", "tiny"));
    }

    @Test
    void tinyTrainingOverfitsTheRecordedNodes() throws IOException {
        assertThat(result.epochsRun()).isGreaterThan(1);
        double first = result.trainLoss()[0];
        double best = result.best().loss();
        assertThat(best).as("loss on the training nodes").isLessThan(first * 0.5);
        try (DjlBackend cpu = DjlBackend.cpu()) {
            ImitationAccuracy acc = ImitationAccuracy.evaluate(trained, cpu, TinyData.load(), 16);
            assertThat(acc.top1()).as("top-1 on the training nodes").isGreaterThanOrEqualTo(0.8);
            assertThat(acc.top5()).isGreaterThanOrEqualTo(acc.top1());
        }
        // the saved model reproduces the in-memory one
        ImitationAccuracy reloaded = GcnnPipeline.accuracy(modelFile, TinyData.samples(), 7);
        try (DjlBackend cpu = DjlBackend.cpu()) {
            assertThat(reloaded.top1()).isEqualTo(ImitationAccuracy.evaluate(trained, cpu, TinyData.load(), 16).top1());
        }
    }

    private static SolveResult solve(MilpModel m, String modelPath) {
        return new GcnnBbSolver(TinyData.bb(), Backends::open).solve(m, options(modelPath), null);
    }

    private static SolveOptions options(String modelPath) {
        return SolveOptions.builder().seed(1).timeLimitSeconds(60).parameter(GcnnParameters.MODEL.name(), modelPath)
                .build();
    }

    private static void assertOptimalAndVerified(MilpModel m, SolveResult r) {
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        Verification v = Verifiers.check(m, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objective()).isCloseTo(r.objective(), within(1e-6));
        SolveResult reference = new CobaltBbSolver(TinyData.bb()).solve(m, SolveOptions.builder().seed(1).build(), null);
        assertThat(r.objective()).isCloseTo(reference.objective(), within(1e-6));
    }

    @Test
    void trainedModelBranchesEveryNodeToAVerifiedOptimum() {
        long inferences = 0;
        for (long seed = SeedSplit.EVAL.firstSeed(); seed < SeedSplit.EVAL.firstSeed() + 3; seed++) {
            MilpModel m = TinyData.CLASS.generate(seed);
            SolveResult r = solve(m, modelFile.toString());
            assertOptimalAndVerified(m, r);
            assertThat(r.stats().counters()).containsEntry("gcnnLearned", 1L).containsEntry("gcnnFallbackNodes", 0L);
            inferences += r.stats().counters().get("gcnnInferences");
        }
        assertThat(inferences).as("nodes branched by the network").isPositive();
    }

    @Test
    void corruptModelFallsBackToReliabilityBranching() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"formatVersion\": 1, \"architecture\": \"gasse-gcnn\"");
        Files.write(ModelFiles.paramsPathFor(bad), new byte[] {1, 2, 3});
        MilpModel m = TinyData.CLASS.generate(SeedSplit.EVAL.firstSeed());
        SolveResult r = solve(m, bad.toString());
        assertOptimalAndVerified(m, r);
        assertThat(r.stats().counters()).containsEntry("gcnnLearned", 0L);
        assertThat(r.message()).contains("GCNN model not used").contains("bad.json");
    }

    @Test
    void missingModelFallsBackToReliabilityBranching() {
        MilpModel m = TinyData.CLASS.generate(SeedSplit.EVAL.firstSeed());
        SolveResult r = solve(m, dir.resolve("absent.json").toString());
        assertOptimalAndVerified(m, r);
        assertThat(r.stats().counters()).containsEntry("gcnnLearned", 0L);
    }

    @Test
    void noUsableDeviceFallsBackNodeByNode() {
        // the GPU path on a machine without one: Backends.open(GPU) throws, the rule decides by reliability
        MilpModel m = TinyData.CLASS.generate(SeedSplit.EVAL.firstSeed() + 2);
        GcnnBbSolver s = new GcnnBbSolver(TinyData.bb(), () -> Backends.open(DevicePreference.GPU));
        SolveResult r = s.solve(m, options(modelFile.toString()), null);
        assertOptimalAndVerified(m, r);
        assertThat(r.stats().counters()).containsEntry("gcnnLearned", 1L);
        boolean gpu = false;
        try (var b = Backends.open(DevicePreference.GPU)) {
            gpu = b.isGpu();
        } catch (RuntimeException expected) {
            // no GPU here: what this test is about
        }
        if (!gpu) {
            assertThat(r.stats().counters().get("gcnnInferences")).isZero();
            assertThat(r.stats().counters().get("gcnnFallbackNodes")).isGreaterThanOrEqualTo(r.stats().nodes() > 1 ? 1L : 0L);
        }
        // AUTO always finds a device: the CPU when there is no GPU
        try (var b = Backends.open(DevicePreference.AUTO)) {
            assertThat(b.deviceDescription()).isNotBlank();
        }
    }

    @Test
    void shippedModelLoadsAndIsTheDefault() throws IOException {
        Path unpacked = GcnnModels.extractBundled(Files.createDirectories(dir.resolve("shipped"))).orElseThrow();
        GcnnPolicy shipped = new ModelFiles().load(unpacked, GcnnPolicy.class, GcnnFeaturizer.SCHEMA);
        assertThat(shipped.features()).isEqualTo(GcnnFeaturizer.SCHEMA);
        MilpModel m = TinyData.CLASS.generate(SeedSplit.EVAL.firstSeed() + 1);
        SolveResult r = solve(m, "");
        assertOptimalAndVerified(m, r);
        assertThat(r.stats().counters()).containsEntry("gcnnLearned", 1L);
    }

    @Test
    void solverIsRegisteredAsCobaltBbGcnn() {
        assertThat(Solvers.ids()).contains(GcnnBbSolver.ID);
    }
}
