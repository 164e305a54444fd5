package org.cobalt.neural.runtime.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.runtime.ModelFiles;
import org.cobalt.neural.runtime.djl.DjlOps;
import org.cobalt.neural.runtime.djl.DjlRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a model on DJL's CPU engine with Adam: seeded shuffling into mini-batches, a validation pass
 * per epoch, early stopping, the best parameters restored at the end, and optional checkpoint files.
 * Parameters are copied into DJL arrays once and back to the model's {@link Parameter}s after every
 * epoch, so the model can be saved or run on any backend afterwards. Same seed, same data, one intra-op
 * thread → the same parameters bit for bit.
 *
 * @param <S> training sample type
 */
public final class Trainer<S> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private final NeuralModel<?> model;
    private final BatchLoss<S> loss;
    private final TrainConfig config;
    private final NDManager manager;
    private final Map<Parameter, NDArray> arrays = new IdentityHashMap<>();
    private final Optimizer adam;
    private final ModelFiles files = new ModelFiles();

    /** A trainer for {@code model} minimising {@code loss}. */
    public Trainer(NeuralModel<?> model, BatchLoss<S> loss, TrainConfig config) {
        this.model = model;
        this.loss = loss;
        this.config = config;
        Engine engine = DjlRuntime.engine();
        this.manager = NDManager.newBaseManager(Device.cpu(), engine.getEngineName());
        this.adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(config.learningRate())).build();
        for (Parameter p : model.parameters()) {
            NDArray a = manager.create(p.values(), shape(p));
            if (p.trainable()) {
                a.setRequiresGradient(true);
            }
            arrays.put(p, a);
        }
    }

    private static Shape shape(Parameter p) {
        long[] s = new long[p.shape().length];
        for (int i = 0; i < s.length; i++) {
            s[i] = p.shape()[i];
        }
        return new Shape(s);
    }

    /** One optimizer step on {@code batch}; returns its loss. */
    public double step(List<S> batch) {
        double value;
        try (NDManager call = manager.newSubManager(); GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
            DjlOps ops = new DjlOps(call, DataType.FLOAT32, arrays::get);
            NDArray l = loss.loss(ops, batch);
            value = l.getFloat();
            if (!Double.isFinite(value)) {
                throw new IllegalStateException("training loss is " + value + "; lower the learning rate");
            }
            gc.backward(l);
        }
        for (Parameter p : model.parameters()) {
            if (p.trainable()) {
                NDArray w = arrays.get(p);
                NDArray g = w.getGradient();
                adam.update(p.name(), w, g);
                g.subi(g);
            }
        }
        return value;
    }

    /** The loss of {@code samples} in batches, without gradients. */
    public double evaluate(List<S> samples) {
        double sum = 0;
        int n = 0;
        for (int from = 0; from < samples.size(); from += config.batchSize()) {
            List<S> batch = samples.subList(from, Math.min(samples.size(), from + config.batchSize()));
            try (NDManager call = manager.newSubManager()) {
                DjlOps ops = new DjlOps(call, DataType.FLOAT32, arrays::get);
                sum += loss.loss(ops, batch).getFloat() * batch.size();
                n += batch.size();
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Trains on {@code train}, monitoring {@code valid} (the training set itself if empty). */
    public TrainingResult fit(List<S> train, List<S> valid) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training samples");
        }
        List<S> monitor = valid.isEmpty() ? train : valid;
        SplittableRandom rng = new SplittableRandom(config.seed());
        EarlyStopping stopping = new EarlyStopping(config.patience(), config.minDelta());
        Map<Parameter, float[]> best = snapshot();
        double[] trainLoss = new double[config.epochs()];
        double[] validLoss = new double[config.epochs()];
        int epoch = 0;
        boolean early = false;
        for (; epoch < config.epochs(); epoch++) {
            int[] order = permutation(train.size(), rng);
            double sum = 0;
            for (int from = 0; from < order.length; from += config.batchSize()) {
                List<S> batch = new ArrayList<>();
                for (int i = from; i < Math.min(order.length, from + config.batchSize()); i++) {
                    batch.add(train.get(order[i]));
                }
                sum += step(batch) * batch.size();
            }
            trainLoss[epoch] = sum / train.size();
            validLoss[epoch] = evaluate(monitor);
            LOG.debug("epoch {}: train {} valid {}", epoch, trainLoss[epoch], validLoss[epoch]);
            syncToModel();
            if (stopping.update(epoch, validLoss[epoch])) {
                best = snapshot();
                checkpoint("best.json", epoch, validLoss[epoch]);
            }
            checkpoint("last.json", epoch, validLoss[epoch]);
            if (stopping.shouldStop()) {
                early = true;
                epoch++;
                break;
            }
        }
        restore(best);
        return new TrainingResult(epoch, stopping.bestEpoch(), stopping.best(), java.util.Arrays.copyOf(trainLoss, epoch),
                java.util.Arrays.copyOf(validLoss, epoch), early);
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

    /** Copies the trained values into the model's parameters. */
    public void syncToModel() {
        for (Map.Entry<Parameter, NDArray> e : arrays.entrySet()) {
            e.getKey().set(e.getValue().toFloatArray());
        }
    }

    private Map<Parameter, float[]> snapshot() {
        Map<Parameter, float[]> s = new IdentityHashMap<>();
        for (Parameter p : model.parameters()) {
            s.put(p, p.values());
        }
        return s;
    }

    private void restore(Map<Parameter, float[]> values) {
        for (Map.Entry<Parameter, float[]> e : values.entrySet()) {
            e.getKey().set(e.getValue());
            NDArray a = arrays.get(e.getKey());
            a.set(e.getValue());
        }
    }

    private void checkpoint(String name, int epoch, double validLoss) {
        if (config.checkpointDir() == null) {
            return;
        }
        try {
            files.save(model, config.checkpointDir().resolve(name), Map.of("epoch", Integer.toString(epoch),
                    "validLoss", Double.toString(validLoss), "seed", Long.toString(config.seed())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + name, e);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
