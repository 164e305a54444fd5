package org.cobalt.neural.udc.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cobalt.neural.runtime.ModelOutput;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.cobalt.neural.runtime.train.TrainConfig;
import org.cobalt.neural.runtime.train.Trainer;
import org.cobalt.neural.udc.NormalizedPath;
import org.cobalt.neural.udc.model.PathBatch;
import org.cobalt.neural.udc.model.PathPolicy;
import org.cobalt.neural.udc.model.PathPolicyConfig;
import org.cobalt.neural.udc.model.PathRolloutModel;
import org.cobalt.neural.udc.model.UdcModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains UDC's conquer policy ({@link PathPolicy}) by REINFORCE with shared baselines
 * ({@link ReinforceLoss}) on open-path sub-problems of fixed size cut from random-insertion tours of
 * uniform random instances ({@link SubProblemSource}), within a wall-clock budget. Every
 * {@code validEvery} steps the greedy policy (both directions) is scored on a fixed validation set as
 * the mean ratio of its path length to the sub-problem's current length (below 1 = it would improve
 * the tour); the best model so far is saved as {@code udc-tsp-conquer.json}, progress goes to
 * {@code conquer-log.csv}.
 */
public final class ConquerTraining {

    private static final Logger LOG = LoggerFactory.getLogger(ConquerTraining.class);

    /**
     * Settings.
     *
     * @param model        network sizes
     * @param seed         seed of the parameters, data and sampling
     * @param learningRate Adam step size
     * @param batch        sub-problems per step
     * @param perDirection sampled rollouts per sub-problem and direction
     * @param minNodes     smallest training instance
     * @param maxNodes     largest training instance
     * @param subSize      nodes per sub-problem
     * @param minutes      wall-clock budget
     * @param maxSteps     step budget (whichever ends first)
     * @param validEvery   steps between validations
     * @param validSize    validation sub-problems
     * @param outDir       where model files and the log go
     * @param init         model file to start from (null = fresh parameters)
     */
    public record Settings(PathPolicyConfig model, long seed, float learningRate, int batch, int perDirection,
                           int minNodes, int maxNodes, int subSize, double minutes, int maxSteps, int validEvery,
                           int validSize, Path outDir, Path init) {
    }

    /** What the run did. */
    public record Result(int steps, double seconds, double bestValidRatio, double firstValidRatio, Path model) {
    }

    private ConquerTraining() {
    }

    /** Runs a training session. */
    public static Result run(Settings s) {
        try {
            Files.createDirectories(s.outDir());
            PathPolicy policy = s.init() == null ? new PathPolicy(s.model(), s.seed())
                    : UdcModels.files().load(s.init(), PathPolicy.class, null);
            List<NormalizedPath> valid = new SubProblemSource(s.subSize() * 5, s.subSize() * 10, s.subSize(), 0.5,
                    s.seed() + 1000).next(s.validSize());
            SubProblemSource train = new SubProblemSource(s.minNodes(), s.maxNodes(), s.subSize(), 0.5, s.seed() + 1);
            ReinforceLoss loss = new ReinforceLoss(policy, s.perDirection(), s.seed() + 2);
            Path log = s.outDir().resolve("conquer-log.csv");
            Files.writeString(log, "step,seconds,train_mean_length,valid_ratio\n");
            Path modelFile = s.outDir().resolve(UdcModels.CONQUER);
            long t0 = System.nanoTime();
            double best;
            double first;
            int step = 0;
            try (Trainer<NormalizedPath> trainer = new Trainer<>(policy, loss,
                    new TrainConfig(s.learningRate(), 1, s.batch(), s.seed(), 1, 0, null));
                 DjlBackend cpu = DjlBackend.cpu()) {
                first = validate(cpu, policy, valid);
                best = first;
                append(log, 0, 0, Double.NaN, first);
                LOG.info("conquer training: start, validation ratio {}", first);
                save(policy, modelFile, s, 0, first);
                while (step < s.maxSteps() && seconds(t0) < s.minutes() * 60) {
                    trainer.step(train.next(s.batch()));
                    step++;
                    double r = Double.NaN;
                    if (step % s.validEvery() == 0) {
                        trainer.syncToModel();
                        r = validate(cpu, policy, valid);
                        if (r < best) {
                            best = r;
                            save(policy, modelFile, s, step, r);
                        }
                        LOG.info("conquer training: step {} ({} s), train length {}, validation ratio {} (best {})",
                                step, Math.round(seconds(t0)), loss.lastMeanLength(), r, best);
                    }
                    append(log, step, seconds(t0), loss.lastMeanLength(), r);
                }
                trainer.syncToModel();
                double r = validate(cpu, policy, valid);
                if (r < best) {
                    best = r;
                    save(policy, modelFile, s, step, r);
                }
                append(log, step, seconds(t0), Double.NaN, r);
                save(policy, s.outDir().resolve("udc-tsp-conquer-last.json"), s, step, r);
            }
            return new Result(step, seconds(t0), best, first, modelFile);
        } catch (org.cobalt.neural.runtime.ModelFileException e) {
            throw new IllegalArgumentException("cannot load the initial model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Mean over {@code valid} of (best greedy rollout length) / (current length). */
    static double validate(DjlBackend cpu, PathPolicy policy, List<NormalizedPath> valid) {
        for (org.cobalt.neural.nn.Parameter p : policy.parameters()) {
            for (float v : p.values()) {
                if (!Float.isFinite(v)) {
                    throw new IllegalStateException("parameter " + p.name() + " is " + v + "; lower the learning rate");
                }
            }
        }
        PathBatch b = PathBatch.of(valid);
        ModelOutput o = cpu.infer(new PathRolloutModel(policy), new PathRolloutModel.Request(b, 1, 0));
        int m = b.nodes();
        double sum = 0;
        for (int s = 0; s < valid.size(); s++) {
            NormalizedPath p = valid.get(s);
            int[] identity = new int[p.size()];
            for (int j = 0; j < identity.length; j++) {
                identity[j] = j;
            }
            double base = p.pathLength(identity);
            double bestLen = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 2; k++) {
                int[] order = new int[p.size()];
                for (int j = 0; j < order.length; j++) {
                    order[j] = Math.round(o.values()[(s * 2 + k) * m + j]);
                }
                bestLen = Math.min(bestLen, p.pathLength(order));
            }
            sum += bestLen / base;
        }
        return sum / valid.size();
    }

    private static void save(PathPolicy policy, Path file, Settings s, int step, double ratio) throws IOException {
        UdcModels.files().save(policy, file, Map.of("step", Integer.toString(step), "seed", Long.toString(s.seed()),
                "validRatio", String.format(Locale.ROOT, "%.5f", ratio), "learningRate", Float.toString(s.learningRate()),
                "batch", Integer.toString(s.batch()), "perDirection", Integer.toString(s.perDirection()),
                "trainNodes", s.minNodes() + "-" + s.maxNodes(), "subSize", Integer.toString(s.subSize())));
    }

    private static void append(Path log, int step, double seconds, double trainLen, double ratio) throws IOException {
        Files.writeString(log, String.format(Locale.ROOT, "%d,%.1f,%.5f,%.5f%n", step, seconds, trainLen, ratio),
                StandardOpenOption.APPEND);
    }
}
