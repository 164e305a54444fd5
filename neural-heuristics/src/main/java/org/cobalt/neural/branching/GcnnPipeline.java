package org.cobalt.neural.branching;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.mps.MpsWriter;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.ModelFiles;
import org.cobalt.neural.runtime.djl.DjlBackend;

/**
 * The steps of the GCNN brancher's end-to-end run, each usable alone ({@code cobalt train ...} is a thin
 * shell over them): train a model from sample directories and save it, measure a model's top-k accuracy
 * on a sample directory, and write unseen evaluation instances as MPS files for {@code cobalt batch}.
 */
public final class GcnnPipeline {

    private GcnnPipeline() {
    }

    /** A trained model and how its training went. */
    public record Fitted(GcnnPolicy policy, ImitationResult result) {
    }

    /**
     * Loads at most {@code maxSamples} samples from {@code trainDir} and {@code validDir}, trains a fresh
     * policy ({@link ImitationTraining}) and saves it to {@code modelFile} (with {@code .params} beside it),
     * the run's facts in the model's metadata.
     */
    public static Fitted fit(Path trainDir, Path validDir, ImitationConfig cfg, long maxSamples, Path modelFile,
                             ImitationTraining.EpochListener listener) throws IOException {
        List<ImitationSample> train = ImitationData.load(trainDir, maxSamples);
        List<ImitationSample> valid = validDir == null ? List.of() : ImitationData.load(validDir, maxSamples);
        if (train.isEmpty()) {
            throw new IOException(trainDir + ": no samples");
        }
        GcnnPolicy policy = ImitationTraining.newPolicy(cfg);
        ImitationResult r = ImitationTraining.train(policy, train, valid, cfg, listener);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("trainer", "org.cobalt.neural.branching.ImitationTraining");
        meta.put("trainSamples", Integer.toString(r.trainSamples()));
        meta.put("validSamples", Integer.toString(r.validSamples()));
        meta.put("trainDir", trainDir.getFileName() == null ? trainDir.toString() : trainDir.getFileName().toString());
        meta.put("epochsRun", Integer.toString(r.epochsRun()));
        meta.put("bestEpoch", Integer.toString(r.bestEpoch()));
        meta.put("seed", Long.toString(cfg.seed()));
        meta.put("embedding", Integer.toString(cfg.embedding()));
        meta.put("learningRate", Float.toString(cfg.learningRate()));
        meta.put("batchSize", Integer.toString(cfg.batchSize()));
        meta.put("validLoss", String.format(Locale.ROOT, "%.4f", r.best().loss()));
        meta.put("validTop1", String.format(Locale.ROOT, "%.4f", r.best().top1()));
        meta.put("validTop5", String.format(Locale.ROOT, "%.4f", r.best().top5()));
        meta.put("wallSeconds", String.format(Locale.ROOT, "%.1f", r.wallSeconds()));
        meta.put("cpuSeconds", String.format(Locale.ROOT, "%.1f", r.cpuSeconds()));
        new ModelFiles().save(policy, modelFile, meta);
        return new Fitted(policy, r);
    }

    /** Top-k accuracy of the model in {@code modelFile} on every sample of {@code samplesDir}, on the CPU. */
    public static ImitationAccuracy accuracy(Path modelFile, Path samplesDir, int batchSize) throws IOException {
        GcnnPolicy policy = new ModelFiles().load(modelFile, GcnnPolicy.class, GcnnFeaturizer.SCHEMA);
        return accuracy(policy, samplesDir, batchSize);
    }

    /** Top-k accuracy of {@code policy} on every sample of {@code samplesDir}, on the CPU. */
    public static ImitationAccuracy accuracy(GcnnPolicy policy, Path samplesDir, int batchSize) throws IOException {
        List<ImitationSample> data = ImitationData.load(samplesDir, Long.MAX_VALUE);
        try (DjlBackend cpu = DjlBackend.cpu()) {
            return ImitationAccuracy.evaluate(policy, cpu, data, batchSize);
        }
    }

    /**
     * Writes the instances of seeds {@code split.firstSeed() .. + count - 1} of {@code instances} as
     * {@code <name>.mps} into {@code dir} and returns the files (existing files are overwritten).
     */
    public static List<Path> writeInstances(InstanceClass instances, SeedSplit split, int count, Path dir)
            throws IOException {
        if (count < 1 || count > SeedSplit.SIZE) {
            throw new IllegalArgumentException("instance count " + count + " outside [1, " + SeedSplit.SIZE + "]");
        }
        Files.createDirectories(dir);
        MpsWriter writer = new MpsWriter();
        List<Path> files = new ArrayList<>(count);
        for (long seed = split.firstSeed(); seed < split.firstSeed() + count; seed++) {
            MilpModel m = instances.generate(seed);
            Path f = dir.resolve(m.name() + ".mps");
            try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                writer.write(m, w);
            }
            files.add(f);
        }
        return files;
    }
}
