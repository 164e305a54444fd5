package org.cobalt.neural.coco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.neural.pas.BruteForceSolver;
import org.cobalt.neural.pas.PasParameters;
import org.cobalt.neural.pas.PredictAndSearchProvider;
import org.cobalt.neural.pas.PredictAndSearchSolver;
import org.cobalt.neural.runtime.train.TrainConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole workflow on tiny set covers (12 columns): pools by enumeration, label files, training of the
 * plain and the CoCo-MILP predictor, region tuning, model files, and predict-and-search reading them.
 */
class CocoEndToEndTest {

    private static final InstanceClass TINY = InstanceClass.parse("sc8x12");

    @TempDir
    static Path dir;

    /** The 5 best covers by enumeration. */
    static final PoolCollector ENUMERATE = (model, settings) -> {
        SolutionPool.Builder b = SolutionPool.builder(model);
        int n = model.numVariables();
        for (long mask = 0; mask < (1L << n); mask++) {
            double[] x = new double[n];
            for (int j = 0; j < n; j++) {
                x[j] = (mask >>> j) & 1L;
            }
            Verification v = Verifiers.check(model, new MilpSolution(x));
            if (v.feasible()) {
                b.add(x, v.objective());
            }
        }
        return b.build().limit(settings.maxSize());
    };

    @BeforeAll
    static void labels() throws IOException, InterruptedException {
        PoolSettings s = new PoolSettings(Duration.ofSeconds(1), 0, Duration.ofSeconds(1), 0, 5, 1.0, 0);
        LabelCollection lc = new LabelCollection(ENUMERATE, s);
        List<LabelCollection.Outcome> train = lc.run(TINY, Split.TRAIN, 8, dir, 2, o -> { });
        lc.run(TINY, Split.VALID, 4, dir, 1, o -> { });
        assertThat(train).hasSize(8).allSatisfy(o -> assertThat(o.solutions()).isEqualTo(5));
        // resumable: a second run skips every instance
        assertThat(lc.run(TINY, Split.TRAIN, 8, dir, 1, o -> { })).allSatisfy(o -> assertThat(o.skipped()).isTrue());
        plainModel = train(Variant.PLAIN);
        cocoModel = train(Variant.COCO);
    }

    private static Path plainModel;
    private static Path cocoModel;

    private static Path train(Variant v) throws IOException {
        Path model = dir.resolve("models").resolve(v.id() + ".json");
        TrainingWorkflow.Outcome o = TrainingWorkflow.run(new TrainingWorkflow.Settings(TINY, dir, v, 8, 4,
                new TrainConfig(1e-3f, 3, 4, 1, 3, 0, null), 0.05, 0.9, 1, CocoConfig.standard(false).withSizes(16, 16)), model);
        assertThat(o.training().training().epochsRun()).isBetween(1, 3);
        assertThat(o.quality().rows()).hasSize(4);
        assertThat(o.quality().inside()).isGreaterThanOrEqualTo(0.75);
        return model;
    }

    @Test
    void trainedModelsCarryTheirRegionAndDrivePredictAndSearch() throws IOException {
        for (Variant v : List.of(Variant.PLAIN, Variant.COCO)) {
            Path model = v == Variant.PLAIN ? plainModel : cocoModel;
            assertThat(Files.exists(model)).isTrue();
            assertThat(Files.exists(dir.resolve("models").resolve(v.id() + ".params"))).isTrue();
            CocoModels.Loaded loaded = new CocoModels().load(model);
            assertThat(loaded.model().config().competitive()).isEqualTo(v.competitive());
            assertThat(loaded.region()).isPresent();
            assertThat(loaded.metadata()).containsEntry("variant", v.id()).containsEntry("class", "sc8x12")
                    .containsKeys("bestEpoch", "validLoss", "trainSeconds");

            MilpModel test = TINY.instance(Split.TEST.seed(0));
            BruteForceSolver inner = new BruteForceSolver();
            PredictAndSearchSolver pas = new PredictAndSearchSolver("pas-brute", "brute", () -> inner,
                    new PredictAndSearchProvider.Scip().loader());
            SolveResult r = pas.solve(test, SolveOptions.builder().timeLimit(Duration.ofSeconds(60))
                    .parameter(PasParameters.MODEL.name(), model.toString()).build());
            assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(r.message()).contains(v.competitive() ? "predictor coco-gnn" : "predictor gnn").contains("region");
            assertThat(Verifiers.check(test, r.solution()).feasible()).isTrue();
            assertThat(r.objective()).isEqualTo(ENUMERATE.collect(test, new PoolSettings(Duration.ofSeconds(1), 0,
                    Duration.ofSeconds(1), 0, 1, 1, 0)).objective(0));
        }
    }

    @Test
    void variantSolversReadTheirOwnParameterAndRefuseOtherVariants() throws IOException {
        Path plain = plainModel;
        MilpModel test = TINY.instance(Split.TEST.seed(2));
        PredictAndSearchSolver coco = new PredictAndSearchSolver("pas-brute-coco", "brute", "coco", BruteForceSolver::new,
                new PredictAndSearchProvider.ScipCoco().loader());
        SolveResult wrong = coco.solve(test, SolveOptions.builder().parameter("pas.model.coco", plain.toString()).build());
        assertThat(wrong.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(wrong.message()).contains("holds a 'plain' predictor").contains("brute alone");
        PredictAndSearchSolver pl = new PredictAndSearchSolver("pas-brute-plain", "brute", "plain", BruteForceSolver::new,
                new PredictAndSearchProvider.ScipPlain().loader());
        SolveResult right = pl.solve(test, SolveOptions.builder().parameter("pas.model.plain", plain.toString())
                .parameter("pas.model", "ignored.json").build());
        assertThat(right.message()).contains("predictor gnn (plain.json)");
        SolveResult none = pl.solve(test, SolveOptions.DEFAULT);
        assertThat(none.message()).contains("parameter pas.model.plain or pas.model");
    }

    @Test
    void aCorruptModelFileFallsBackToTheInnerSolver() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        MilpModel test = TINY.instance(Split.TEST.seed(1));
        PredictAndSearchSolver pas = new PredictAndSearchSolver("pas-brute", "brute", BruteForceSolver::new,
                new PredictAndSearchProvider.Scip().loader());
        SolveResult r = pas.solve(test, SolveOptions.builder().parameter("pas.model", bad.toString()).build());
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.message()).contains("bad.json").contains("malformed JSON").contains("brute alone");
    }

    @Test
    void qualityRowsCountHitsAndFlips() {
        MilpModel m = TINY.instance(3);
        double[] best = ENUMERATE.collect(m, new PoolSettings(Duration.ofSeconds(1), 0, Duration.ofSeconds(1), 0, 1, 1, 0)).values(0);
        double[] p = new double[best.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = best[j] > 0.5 ? 0.9 : 0.1;
        }
        p[0] = best[0] > 0.5 ? 0.05 : 0.95; // one confident mistake
        PredictionQuality.Row row = PredictionQuality.row(m, new org.cobalt.neural.pas.Prediction(p), best,
                org.cobalt.neural.pas.RegionSettings.parse("100%", "0", "0"));
        assertThat(row.k0()).isEqualTo(12);
        // every binary is taken as a predicted zero, so the best solution flips exactly its ones
        assertThat(row.flips()).isEqualTo((int) java.util.Arrays.stream(best).filter(v -> v > 0.5).count());
        assertThat(row.inside()).isFalse();
        assertThat(row.rounding()).isEqualTo(11);
        List<org.cobalt.neural.pas.Prediction> preds = new ArrayList<>(List.of(new org.cobalt.neural.pas.Prediction(p)));
        org.cobalt.neural.pas.RegionSettings tuned = PredictionQuality.tune(List.of(m), preds, List.of(best), 1.0);
        PredictionQuality.Row tunedRow = PredictionQuality.row(m, preds.get(0), best, tuned);
        assertThat(tunedRow.inside()).isTrue();
        assertThat(tunedRow.k0() + tunedRow.k1()).isGreaterThan(0);
    }
}
