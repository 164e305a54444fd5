package org.cobalt.neural.branching;

import ai.djl.ndarray.NDArray;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.cobalt.neural.runtime.train.BatchLoss;
import org.cobalt.neural.runtime.train.EarlyStopping;
import org.cobalt.neural.runtime.train.Losses;
import org.cobalt.neural.runtime.train.TrainConfig;
import org.cobalt.neural.runtime.train.Trainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imitation learning of strong branching (Gasse et al. 2019) on DJL's CPU engine: fit the GCNN's
 * pre-norm layers on training nodes ({@link PreNormFitting}), then Adam steps on mini-batches in a seeded
 * random order minimising the cross-entropy of the expert's choice over each node's candidates
 * ({@link Losses#candidateCrossEntropy}), a validation pass (loss and top-k accuracy) after every epoch,
 * early stopping on the validation loss, and the best epoch's parameters restored at the end. Optimizer
 * steps run through the runtime's {@link Trainer}.
 */
public final class ImitationTraining {

    private static final Logger LOG = LoggerFactory.getLogger(ImitationTraining.class);

    /** Progress callback after every epoch. */
    @FunctionalInterface
    public interface EpochListener {
        /** Epoch {@code epoch} (0-based) ended after {@code wallSeconds} of the run. */
        void epochDone(int epoch, double trainLoss, ImitationAccuracy valid, double wallSeconds);

        /** Ignores progress. */
        EpochListener NONE = (e, t, v, w) -> { };
    }

    private ImitationTraining() {
    }

    /** A freshly initialised GCNN for the featurizer's inputs with the config's width and seed. */
    public static GcnnPolicy newPolicy(ImitationConfig cfg) {
        return new GcnnPolicy(GcnnFeaturizer.config(cfg.embedding()), cfg.seed());
    }

    /** The differentiable batch loss: candidate cross-entropy of the expert's choice. */
    public static BatchLoss<ImitationSample> loss(GcnnPolicy model) {
        return (ops, batch) -> {
            List<BipartiteGraph> graphs = new ArrayList<>(batch.size());
            int total = 0;
            for (ImitationSample s : batch) {
                graphs.add(s.graph());
                total += s.candidates().length;
            }
            BipartiteBatch b = BipartiteBatch.of(graphs);
            NDArray scores = model.forward(ops, b);
            int[] candidates = new int[total];
            int[] offsets = new int[batch.size() + 1];
            int[] targets = new int[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                ImitationSample s = batch.get(i);
                int shift = b.variableOffsets()[i];
                for (int k = 0; k < s.candidates().length; k++) {
                    candidates[offsets[i] + k] = s.candidates()[k] + shift;
                }
                offsets[i + 1] = offsets[i] + s.candidates().length;
                targets[i] = s.expert();
            }
            return Losses.candidateCrossEntropy(ops, scores, candidates, offsets, targets);
        };
    }

    /**
     * Trains {@code model} in place and returns what happened; the model ends with the parameters of the
     * epoch with the lowest validation loss ({@code valid} empty: the training loss decides).
     */
    public static ImitationResult train(GcnnPolicy model, List<ImitationSample> train, List<ImitationSample> valid,
                                        ImitationConfig cfg, EpochListener listener) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training samples");
        }
        List<ImitationSample> monitor = valid.isEmpty() ? train : valid;
        long wall0 = System.nanoTime();
        double cpu0 = processCpuSeconds();
        SplittableRandom rng = new SplittableRandom(cfg.seed());
        fitPreNorms(model, train, cfg, rng.split());
        TrainConfig tc = new TrainConfig(cfg.learningRate(), cfg.maxEpochs(), cfg.batchSize(), cfg.seed(), cfg.patience(),
                0, null);
        EarlyStopping stopping = new EarlyStopping(cfg.patience(), 0);
        double[] trainLoss = new double[cfg.maxEpochs()];
        ImitationAccuracy[] validAcc = new ImitationAccuracy[cfg.maxEpochs()];
        Map<Parameter, float[]> best = snapshot(model);
        int epoch = 0;
        boolean early = false;
        boolean timeUp = false;
        try (Trainer<ImitationSample> trainer = new Trainer<>(model, loss(model), tc); DjlBackend cpu = DjlBackend.cpu()) {
            for (; epoch < cfg.maxEpochs() && !timeUp; epoch++) {
                int[] order = permutation(train.size(), rng);
                double sum = 0;
                int seen = 0;
                for (int from = 0; from < order.length; from += cfg.batchSize()) {
                    if ((System.nanoTime() - wall0) / 1e9 >= cfg.timeBudgetSeconds()) {
                        timeUp = true;
                        break;
                    }
                    List<ImitationSample> batch = new ArrayList<>(cfg.batchSize());
                    for (int i = from; i < Math.min(order.length, from + cfg.batchSize()); i++) {
                        batch.add(train.get(order[i]));
                    }
                    sum += trainer.step(batch) * batch.size();
                    seen += batch.size();
                }
                trainer.syncToModel();
                trainLoss[epoch] = seen == 0 ? Double.NaN : sum / seen;
                validAcc[epoch] = ImitationAccuracy.evaluate(model, cpu, monitor, cfg.evalBatchSize());
                double wall = (System.nanoTime() - wall0) / 1e9;
                LOG.info("epoch {}: train loss {}, valid loss {}, top-1 {}, top-5 {}, {} s", epoch, trainLoss[epoch],
                        validAcc[epoch].loss(), validAcc[epoch].top1(), validAcc[epoch].top5(), Math.round(wall));
                listener.epochDone(epoch, trainLoss[epoch], validAcc[epoch], wall);
                if (seen > 0 && stopping.update(epoch, validAcc[epoch].loss())) {
                    best = snapshot(model);
                }
                if (stopping.shouldStop()) {
                    early = true;
                    epoch++;
                    break;
                }
            }
        }
        restore(best);
        int bestEpoch = Math.max(0, stopping.bestEpoch());
        return new ImitationResult(train.size(), valid.size(), epoch, bestEpoch, Arrays.copyOf(trainLoss, epoch),
                Arrays.copyOf(validAcc, epoch), early, timeUp && !early, (System.nanoTime() - wall0) / 1e9,
                processCpuSeconds() - cpu0);
    }

    private static void fitPreNorms(GcnnPolicy model, List<ImitationSample> train, ImitationConfig cfg,
                                    SplittableRandom rng) {
        int n = Math.min(cfg.preNormSamples(), train.size());
        int[] order = permutation(train.size(), rng);
        List<BipartiteBatch> batches = new ArrayList<>();
        for (int from = 0; from < n; from += cfg.evalBatchSize()) {
            List<BipartiteGraph> graphs = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + cfg.evalBatchSize()); i++) {
                graphs.add(train.get(order[i]).graph());
            }
            batches.add(BipartiteBatch.of(graphs));
        }
        List<String> fitted = PreNormFitting.fit(model, batches);
        LOG.info("pre-norm layers fitted on {} nodes: {}", n, fitted);
    }

    /** CPU time of this process (all threads), in seconds; NaN where the JVM cannot tell. */
    public static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            return t < 0 ? Double.NaN : t / 1e9;
        }
        return Double.NaN;
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static Map<Parameter, float[]> snapshot(GcnnPolicy model) {
        Map<Parameter, float[]> s = new IdentityHashMap<>();
        for (Parameter p : model.parameters()) {
            s.put(p, p.values());
        }
        return s;
    }

    private static void restore(Map<Parameter, float[]> values) {
        values.forEach(Parameter::set);
    }
}
