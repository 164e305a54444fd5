package org.cobalt.neural.coco;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.neural.pas.Prediction;
import org.cobalt.neural.pas.RegionSettings;
import org.cobalt.neural.runtime.train.TrainConfig;

/**
 * What {@code cobalt coco train} does: train one {@link Variant} on a class's training pools (model
 * selection on the validation pools), choose its trust region on the validation instances
 * ({@link PredictionQuality#tune}), and write the model file with the region in its metadata, so that
 * {@code pas-<solver> --param pas.model=FILE} uses it without further settings.
 */
public final class TrainingWorkflow {

    private TrainingWorkflow() {
    }

    /**
     * Settings of a training run.
     *
     * @param cls                 instance class
     * @param labels              label folder ({@code cobalt coco collect --labels})
     * @param variant             which predictor
     * @param trainCount          training instances used at most
     * @param validCount          validation instances used at most
     * @param train               optimiser settings
     * @param solutionTemperature gap temperature of the solution weights
     * @param coverage            share of validation instances whose best solution the tuned region must contain
     * @param modelSeed           parameter initialisation seed
     * @param sizes               network sizes (embedding, depth, head) to use, or null for
     *                            {@link CocoConfig#standard}; the variant decides the competitive layer
     */
    public record Settings(InstanceClass cls, Path labels, Variant variant, int trainCount, int validCount, TrainConfig train,
                           double solutionTemperature, double coverage, long modelSeed, CocoConfig sizes) {

        /** Settings with the standard network. */
        public Settings(InstanceClass cls, Path labels, Variant variant, int trainCount, int validCount, TrainConfig train,
                        double solutionTemperature, double coverage, long modelSeed) {
            this(cls, labels, variant, trainCount, validCount, train, solutionTemperature, coverage, modelSeed, null);
        }
    }

    /**
     * The outcome.
     *
     * @param training training result
     * @param region   the tuned trust region
     * @param quality  prediction quality on the validation instances under that region
     */
    public record Outcome(PredictorTraining.Result training, RegionSettings region, PredictionQuality.Report quality) {
    }

    /** Trains, tunes and writes {@code modelFile}. */
    public static Outcome run(Settings s, Path modelFile) throws IOException {
        List<TrainingSample> train = PredictorTraining.samples(s.labels(), s.cls(), Split.TRAIN, s.trainCount(), s.solutionTemperature());
        List<PredictorTraining.Labelled> valid = PredictorTraining.labelled(s.labels(), s.cls(), Split.VALID, s.validCount());
        if (train.isEmpty() || valid.isEmpty()) {
            throw new IOException("need training and validation labels for " + s.cls() + " in " + s.labels()
                    + " (found " + train.size() + " and " + valid.size() + ")");
        }
        List<TrainingSample> validSamples = new ArrayList<>();
        for (PredictorTraining.Labelled l : valid) {
            validSamples.add(TrainingSample.of(l.model(), l.pool(), s.solutionTemperature()));
        }
        CocoConfig base = s.sizes() == null ? CocoConfig.standard(s.variant().competitive()) : s.sizes();
        CocoConfig net = new CocoConfig(base.constraintFeatures(), base.variableFeatures(), base.edgeFeatures(), base.embedding(),
                base.depth(), s.variant().competitive(), base.objectiveNode(), base.hidden());
        PredictorTraining.Settings ps = new PredictorTraining.Settings(net, LossSettings.paper(s.variant().loss(), s.train().seed()),
                s.solutionTemperature(), s.train(), s.modelSeed());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("class", s.cls().spec());
        meta.put("variant", s.variant().id());
        PredictorTraining.Result r = PredictorTraining.train(train, validSamples, ps, modelFile, meta);

        List<MilpModel> models = new ArrayList<>();
        List<double[]> best = new ArrayList<>();
        for (PredictorTraining.Labelled l : valid) {
            models.add(l.model());
            best.add(l.pool().values(0));
        }
        List<Prediction> predictions;
        try (GnnSolutionPredictor p = new GnnSolutionPredictor(s.variant().id(), r.model(), null)) {
            predictions = PredictionQuality.predictAll(p, models);
        }
        RegionSettings region = PredictionQuality.tune(models, predictions, best, s.coverage());
        List<PredictionQuality.Row> rows = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            rows.add(PredictionQuality.row(models.get(i), predictions.get(i), best.get(i), region));
        }
        Map<String, String> all = new LinkedHashMap<>(CocoModels.metadata(modelFile));
        all.put(CocoModels.META_K0, region.k0().toString());
        all.put(CocoModels.META_K1, region.k1().toString());
        all.put(CocoModels.META_DELTA, region.delta().toString());
        all.put("regionCoverage", Double.toString(s.coverage()));
        new CocoModels().save(r.model(), modelFile, all);
        return new Outcome(r, region, PredictionQuality.report(rows));
    }
}
