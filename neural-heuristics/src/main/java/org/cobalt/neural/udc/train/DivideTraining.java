package org.cobalt.neural.udc.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.instances.generate.routing.TspGenerator;
import org.cobalt.neural.runtime.ModelFileException;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.cobalt.neural.runtime.train.TrainConfig;
import org.cobalt.neural.runtime.train.Trainer;
import org.cobalt.neural.udc.ClassicalPathConqueror;
import org.cobalt.neural.udc.HeatmapTourDivider;
import org.cobalt.neural.udc.NeuralPathConqueror;
import org.cobalt.neural.udc.PathConqueror;
import org.cobalt.neural.udc.PlanarPoints;
import org.cobalt.neural.udc.UdcTspEngine;
import org.cobalt.neural.udc.model.HeatmapConfig;
import org.cobalt.neural.udc.model.HeatmapNetwork;
import org.cobalt.neural.udc.model.PathPolicy;
import org.cobalt.neural.udc.model.UdcModels;
import org.cobalt.routing.tsp.LocalSearchConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains UDC's divide network ({@link HeatmapNetwork}) by Divide-Conquer-Reunion ({@link DcrLoss}) on
 * uniform random instances, conquering with a trained conquer policy (or 2-opt + Or-opt when none is
 * given), within a wall-clock budget. Validation: greedy heat-map tour + two conquer rounds on a fixed
 * set of instances, mean length; the best model is saved as {@code udc-tsp-divide.json}, progress goes
 * to {@code divide-log.csv}.
 */
public final class DivideTraining {

    private static final Logger LOG = LoggerFactory.getLogger(DivideTraining.class);

    /**
     * Settings.
     *
     * @param model        network sizes
     * @param seed         seed of parameters, data and sampling
     * @param learningRate Adam step size
     * @param samples      tours sampled per instance (the shared baseline's group)
     * @param minNodes     smallest training instance
     * @param maxNodes     largest training instance
     * @param subSize      nodes per conquer sub-problem
     * @param minutes      wall-clock budget
     * @param maxSteps     step budget (one instance per step)
     * @param validEvery   steps between validations
     * @param validSize    validation instances (of maxNodes nodes)
     * @param outDir       where model files and the log go
     * @param conquerModel conquer policy for the reward (null = classical 2-opt + Or-opt)
     * @param init         model file to start from (null = fresh parameters)
     */
    public record Settings(HeatmapConfig model, long seed, float learningRate, int samples, int minNodes, int maxNodes,
                           int subSize, double minutes, int maxSteps, int validEvery, int validSize, Path outDir,
                           Path conquerModel, Path init) {
    }

    /** What the run did. */
    public record Result(int steps, double seconds, double bestValidLength, double firstValidLength, Path model) {
    }

    private DivideTraining() {
    }

    /** Runs a training session. */
    public static Result run(Settings s) {
        try {
            Files.createDirectories(s.outDir());
            HeatmapNetwork net = s.init() == null ? new HeatmapNetwork(s.model(), s.seed())
                    : UdcModels.files().load(s.init(), HeatmapNetwork.class, null);
            SplittableRandom data = new SplittableRandom(s.seed() + 1);
            List<TspProblem> valid = new ArrayList<>();
            SplittableRandom vr = new SplittableRandom(s.seed() + 1000);
            for (int i = 0; i < s.validSize(); i++) {
                valid.add(TspGenerator.unitSquare(s.maxNodes()).generate(vr, "valid" + i));
            }
            Path log = s.outDir().resolve("divide-log.csv");
            Files.writeString(log, "step,seconds,train_mean_length,valid_mean_length\n");
            Path modelFile = s.outDir().resolve(UdcModels.DIVIDE);
            long t0 = System.nanoTime();
            try (DjlBackend cpu = DjlBackend.cpu()) {
                PathConqueror conqueror = s.conquerModel() == null
                        ? new ClassicalPathConqueror(LocalSearchConfig.DEFAULT, 0, s.seed())
                        : new NeuralPathConqueror(UdcModels.files().load(s.conquerModel(), PathPolicy.class, null), cpu, 1,
                                s.seed());
                DcrLoss loss = new DcrLoss(net, conqueror, s.samples(), s.subSize(), s.seed() + 2);
                int step = 0;
                double first;
                double best;
                try (Trainer<TspProblem> trainer = new Trainer<>(net, loss,
                        new TrainConfig(s.learningRate(), 1, 1, s.seed(), 1, 0, null))) {
                    first = validate(cpu, net, conqueror, valid, s.subSize());
                    best = first;
                    append(log, 0, 0, Double.NaN, first);
                    save(net, modelFile, s, 0, first);
                    LOG.info("divide training: start, validation length {}", first);
                    while (step < s.maxSteps() && seconds(t0) < s.minutes() * 60) {
                        int n = s.minNodes() + data.nextInt(s.maxNodes() - s.minNodes() + 1);
                        trainer.step(List.of(TspGenerator.unitSquare(n).generate(data, "train")));
                        step++;
                        double r = Double.NaN;
                        if (step % s.validEvery() == 0) {
                            trainer.syncToModel();
                            r = validate(cpu, net, conqueror, valid, s.subSize());
                            if (r < best) {
                                best = r;
                                save(net, modelFile, s, step, r);
                            }
                            LOG.info("divide training: step {} ({} s), train length {}, validation length {} (best {})",
                                    step, Math.round(seconds(t0)), loss.lastMeanLength(), r, best);
                        }
                        append(log, step, seconds(t0), loss.lastMeanLength(), r);
                    }
                    trainer.syncToModel();
                    save(net, s.outDir().resolve("udc-tsp-divide-last.json"), s, step, Double.NaN);
                }
                return new Result(step, seconds(t0), best, first, modelFile);
            }
        } catch (ModelFileException e) {
            throw new IllegalArgumentException("cannot load a model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Mean length of greedy heat-map tours after two conquer rounds. */
    static double validate(DjlBackend cpu, HeatmapNetwork net, PathConqueror conqueror, List<TspProblem> valid,
            int subSize) {
        double sum = 0;
        SplittableRandom r = new SplittableRandom(7);
        for (TspProblem p : valid) {
            PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
            int[] tour = new HeatmapTourDivider(net, cpu).divide(p.metric(), pts, r);
            sum += new UdcTspEngine(conqueror, subSize).improve(tour, p.metric(), pts, 2, r, () -> false, l -> { })
                    .length();
        }
        return sum / valid.size();
    }

    private static void save(HeatmapNetwork net, Path file, Settings s, int step, double len) throws IOException {
        UdcModels.files().save(net, file, Map.of("step", Integer.toString(step), "seed", Long.toString(s.seed()),
                "validLength", String.format(Locale.ROOT, "%.5f", len), "learningRate", Float.toString(s.learningRate()),
                "samples", Integer.toString(s.samples()), "trainNodes", s.minNodes() + "-" + s.maxNodes(),
                "conquer", s.conquerModel() == null ? "classical" : s.conquerModel().getFileName().toString()));
    }

    private static void append(Path log, int step, double seconds, double trainLen, double len) throws IOException {
        Files.writeString(log, String.format(Locale.ROOT, "%d,%.1f,%.5f,%.5f%n", step, seconds, trainLen, len),
                StandardOpenOption.APPEND);
    }
}
