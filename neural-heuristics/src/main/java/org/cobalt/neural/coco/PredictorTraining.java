package org.cobalt.neural.coco;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.neural.runtime.train.TrainConfig;
import org.cobalt.neural.runtime.train.Trainer;
import org.cobalt.neural.runtime.train.TrainingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a solution predictor ({@link CocoGnn}) on collected pools and saves it as a model file: the
 * plain predict-and-search predictor (no competitive layer, {@link LossSettings.Kind#BCE}), CoCo-MILP
 * (competitive layer, {@link LossSettings.Kind#CONTRASTIVE}) and the two ablations are four settings
 * of the same code.
 */
public final class PredictorTraining {

    private static final Logger LOG = LoggerFactory.getLogger(PredictorTraining.class);

    private PredictorTraining() {
    }

    /**
     * What to train.
     *
     * @param network             the network's hyper-parameters
     * @param loss                the loss
     * @param solutionTemperature gap temperature of the solution weights ({@link TrainingSample#of})
     * @param train               optimiser settings (learning rate, epochs, batch, seed, patience)
     * @param modelSeed           seed of the parameter initialisation
     */
    public record Settings(CocoConfig network, LossSettings loss, double solutionTemperature, TrainConfig train, long modelSeed) {

        /** Null checks. */
        public Settings {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(loss, "loss");
            Objects.requireNonNull(train, "train");
        }

        /** A short description for logs and metadata. */
        public String describe() {
            return String.format(Locale.ROOT, "%s, loss %s (tau %s, alpha %s), solution temperature %s, lr %s, batch %d, epochs %d, patience %d",
                    network, loss.kind(), loss.temperature(), loss.rankWeight(), solutionTemperature, train.learningRate(),
                    train.batchSize(), train.epochs(), train.patience());
        }
    }

    /**
     * The outcome of a training run.
     *
     * @param model    the network with the best validation parameters
     * @param training losses per epoch, best epoch
     * @param seconds  wall time
     */
    public record Result(CocoGnn model, TrainingResult training, double seconds) {
    }

    /**
     * The labelled instances of a split, in seed order: every pool file of
     * {@code labels/<class>/<split>/}, its instance regenerated from the seed in its name. Instances
     * whose pool is empty are left out.
     *
     * @param limit at most this many (the first by seed)
     */
    public static List<TrainingSample> samples(Path labels, InstanceClass cls, Split split, int limit, double tau) throws IOException {
        List<Labelled> all = labelled(labels, cls, split, limit);
        List<TrainingSample> out = new ArrayList<>(all.size());
        for (Labelled l : all) {
            out.add(TrainingSample.of(l.model(), l.pool(), tau));
        }
        return out;
    }

    /**
     * An instance with its pool.
     *
     * @param model the instance
     * @param pool  its solutions
     */
    public record Labelled(MilpModel model, SolutionPool pool) {
    }

    /** The non-empty pools of a split with their regenerated instances, by seed, at most {@code limit}. */
    public static List<Labelled> labelled(Path labels, InstanceClass cls, Split split, int limit) throws IOException {
        Path dir = LabelCollection.folder(labels, cls, split);
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no labels (run cobalt coco collect first)");
        }
        List<Long> seeds = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SolutionPoolFile.EXTENSION)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                seeds.add(cls.seedOf(name.substring(0, name.length() - SolutionPoolFile.EXTENSION.length())));
            }
        }
        seeds.sort(null);
        List<Labelled> out = new ArrayList<>();
        for (long seed : seeds) {
            if (out.size() >= limit) {
                break;
            }
            SolutionPool pool = SolutionPoolFile.read(LabelCollection.poolFile(labels, cls, split, cls.name(seed)));
            if (pool.isEmpty()) {
                continue;
            }
            MilpModel model = cls.instance(seed);
            if (model.numVariables() != pool.numVariables() || !model.name().equals(pool.instance())) {
                throw new IOException(cls.name(seed) + ": pool does not belong to the regenerated instance (generator changed?)");
            }
            out.add(new Labelled(model, pool));
        }
        return out;
    }

    /**
     * Trains on {@code train}, selects the epoch with the lowest loss on {@code valid}, and writes the
     * model to {@code modelFile} (checkpoints of every epoch's best/last beside it in
     * {@code <name>.checkpoints/}).
     *
     * @param metadata extra metadata for the model file (class, region, ...)
     */
    public static Result train(List<TrainingSample> train, List<TrainingSample> valid, Settings s, Path modelFile,
                               Map<String, String> metadata) throws IOException {
        CocoGnn net = new CocoGnn(s.network(), s.modelSeed());
        String base = modelFile.getFileName().toString().replaceFirst("\\.json$", "");
        TrainConfig tc = s.train().withCheckpointDir(modelFile.toAbsolutePath().resolveSibling(base + ".checkpoints"));
        long t0 = System.nanoTime();
        TrainingResult r;
        try (Trainer<TrainingSample> trainer = new Trainer<>(net, new PredictorLoss(net, s.loss()), tc)) {
            r = trainer.fit(train, valid);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.info("trained {} in {} s: best epoch {} of {}, valid loss {}", modelFile.getFileName(), Math.round(seconds),
                r.bestEpoch(), r.epochsRun(), r.bestValidLoss());
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put("loss", s.loss().kind().name().toLowerCase(Locale.ROOT));
        meta.put("training", s.describe());
        meta.put("trainInstances", Integer.toString(train.size()));
        meta.put("validInstances", Integer.toString(valid.size()));
        meta.put("bestEpoch", Integer.toString(r.bestEpoch()));
        meta.put("epochs", Integer.toString(r.epochsRun()));
        meta.put("validLoss", Double.toString(r.bestValidLoss()));
        meta.put("trainSeconds", Long.toString(Math.round(seconds)));
        new CocoModels().save(net, modelFile, meta);
        return new Result(net, r, seconds);
    }
}
