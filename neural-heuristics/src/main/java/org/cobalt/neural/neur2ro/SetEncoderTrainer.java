package org.cobalt.neural.neur2ro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link SetEncoderNetwork} by mean-squared error on scaled labels with Adam, in plain
 * Java on one thread: the networks are tiny (about 2 000 parameters), so hand-written
 * backpropagation over {@code double} arrays is fast and bit-for-bit reproducible for a seed.
 * Instances are split into training and validation sets; the network with the lowest validation
 * error is kept.
 */
public final class SetEncoderTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(SetEncoderTrainer.class);
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;
    private static final int MAX_RESTARTS = 4;
    private static final int STALL_EPOCHS = 5;
    private static final double HIDDEN_BIAS = 0.01;

    private final TrainingConfig config;

    public SetEncoderTrainer(TrainingConfig config) {
        this.config = config;
    }

    /** Trains on {@code data}; {@code onEpoch} hears each finished epoch (for progress output). */
    public Result train(TrainingData data, int decisionFeatures, int scenarioFeatures, IntConsumer onEpoch) {
        long t0 = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(config.seed());
        FeatureScaler scaler = data.fitScaler(decisionFeatures, scenarioFeatures);
        int instances = data.instances().size();
        SetInput[] dIn = new SetInput[instances];
        SetInput[] sIn = new SetInput[instances];
        boolean[] validation = new boolean[instances];
        int[] perm = permutation(instances, rng);
        int held = (int) Math.round(config.validationShare() * instances);
        if (instances > 1 && config.validationShare() > 0) {
            held = Math.max(1, Math.min(instances - 1, held));
        }
        for (int k = 0; k < held; k++) {
            validation[perm[k]] = true;
        }
        for (int i = 0; i < instances; i++) {
            dIn[i] = scaler.scaleDecision(data.instances().get(i).decision());
            sIn[i] = scaler.scaleScenario(data.instances().get(i).scenario());
        }
        List<Prepared> train = new ArrayList<>();
        List<Prepared> valid = new ArrayList<>();
        for (TrainingData.Sample s : data.samples()) {
            TrainingData.Instance in = data.instances().get(s.instance());
            Prepared p = new Prepared(s.instance(), s.decision(), s.scenario(), s.cost() / in.labelScale());
            (validation[s.instance()] ? valid : train).add(p);
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training samples");
        }
        double mean = 0;
        for (Prepared p : train) {
            mean += p.label;
        }
        mean /= train.size();
        double baseline = 0;
        for (Prepared p : valid) {
            baseline += Math.abs(p.label - mean);
        }
        baseline = valid.isEmpty() ? Double.NaN : baseline / valid.size();
        Run run = null;
        for (int attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
            run = run(rng, train, valid, dIn, sIn, decisionFeatures, scenarioFeatures, mean, onEpoch);
            if (!run.stalled) {
                break;
            }
            LOG.info("training stalled at the mean predictor (dead ReLUs); restarting from a new initialisation");
        }
        SetEncoderNetwork best = run.best;
        int bestEpoch = run.bestEpoch;
        int epoch = run.epochs;
        Mlp[] bestParts = parts(best);
        double trainMae = mae(bestParts, train, dIn, sIn);
        double validMae = valid.isEmpty() ? Double.NaN : mae(bestParts, valid, dIn, sIn);
        TrainingReport report = new TrainingReport(Math.min(epoch, config.epochs()), bestEpoch, trainMae, validMae, baseline,
                train.size(), valid.size(), (System.nanoTime() - t0) / 1e9);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("seed", Long.toString(config.seed()));
        notes.put("epochs", Integer.toString(report.epochs()));
        notes.put("bestEpoch", Integer.toString(bestEpoch));
        notes.put("trainSamples", Integer.toString(train.size()));
        notes.put("validationSamples", Integer.toString(valid.size()));
        notes.put("instances", Integer.toString(instances));
        notes.put("trainMae", Double.toString(trainMae));
        notes.put("validationMae", Double.toString(validMae));
        notes.put("validationMeanBaselineMae", Double.toString(baseline));
        notes.put("trainingSeconds", String.format(java.util.Locale.ROOT, "%.1f", report.seconds()));
        return new Result(new Neur2roModel(data.kind(), best, scaler, notes), report);
    }

    /**
     * A trained model and its report.
     *
     * @param model  the kept network with its scaler
     * @param report errors and sizes
     */
    public record Result(Neur2roModel model, TrainingReport report) {
    }

    private record Prepared(int instance, double[] decision, double[] scenario, double label) {
    }

    /** One training run from one initialisation. */
    private record Run(SetEncoderNetwork best, int bestEpoch, int epochs, boolean stalled) {
    }

    /**
     * Trains from a fresh initialisation. A run is stalled when, after {@link #STALL_EPOCHS}
     * epochs, it fits the training data no better than the mean does: with a 4-unit value layer
     * all hidden ReLUs can die early, and nothing brings them back.
     */
    private Run run(SplittableRandom rng, List<Prepared> train, List<Prepared> valid, SetInput[] dIn, SetInput[] sIn,
                    int decisionFeatures, int scenarioFeatures, double mean, IntConsumer onEpoch) {
        SetEncoderNetwork net = SetEncoderNetwork.random(config.architecture(), decisionFeatures, scenarioFeatures, rng);
        Mlp[] parts = parts(net);
        for (Mlp m : parts) {
            for (int l = 0; l < m.layers() - 1; l++) {
                java.util.Arrays.fill(m.bias[l], HIDDEN_BIAS);
            }
        }
        // Start the output at the label mean so early steps fit shape, not offset.
        parts[4].bias[parts[4].layers() - 1][0] = mean;
        Grad[] grads = new Grad[parts.length];
        Grad[] m = new Grad[parts.length];
        Grad[] v = new Grad[parts.length];
        for (int k = 0; k < parts.length; k++) {
            grads[k] = new Grad(parts[k]);
            m[k] = new Grad(parts[k]);
            v[k] = new Grad(parts[k]);
        }
        double trainBaseline = 0;
        for (Prepared p : train) {
            trainBaseline += Math.abs(p.label - mean);
        }
        trainBaseline /= train.size();
        SetEncoderNetwork best = copy(parts);
        double bestVal = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        long step = 0;
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int epoch;
        for (epoch = 1; epoch <= config.epochs(); epoch++) {
            shuffle(order, rng);
            for (int start = 0; start < order.length; start += config.batchSize()) {
                int end = Math.min(order.length, start + config.batchSize());
                for (Grad g : grads) {
                    g.zero();
                }
                for (int k = start; k < end; k++) {
                    Prepared p = train.get(order[k]);
                    backprop(parts, grads, dIn[p.instance].evaluate(p.decision), sIn[p.instance].evaluate(p.scenario),
                            p.label, 1.0 / (end - start), config.architecture().aggregation());
                }
                step++;
                for (int k = 0; k < parts.length; k++) {
                    adam(parts[k], grads[k], m[k], v[k], step);
                }
            }
            List<Prepared> check = valid.isEmpty() ? train : valid;
            double val = mae(parts, check, dIn, sIn);
            if (val < bestVal) {
                bestVal = val;
                bestEpoch = epoch;
                best = copy(parts);
            }
            if (epoch % 10 == 0 || epoch == 1) {
                LOG.info("epoch {}: validation MAE {} (best {} at epoch {})", epoch, val, bestVal, bestEpoch);
            }
            onEpoch.accept(epoch);
            if (epoch == STALL_EPOCHS && epoch < config.epochs() && mae(parts, train, dIn, sIn) > 0.9 * trainBaseline) {
                return new Run(best, bestEpoch, epoch, true);
            }
            if (config.patience() > 0 && epoch - bestEpoch >= config.patience()) {
                break;
            }
        }
        return new Run(best, bestEpoch, Math.min(epoch, config.epochs()), false);
    }

    static Mlp[] parts(SetEncoderNetwork n) {
        return new Mlp[] {n.xEmbed(), n.xPost(), n.xiEmbed(), n.xiPost(), n.value()};
    }

    private SetEncoderNetwork copy(Mlp[] p) {
        return new SetEncoderNetwork(p[0].copy(), p[1].copy(), p[2].copy(), p[3].copy(), p[4].copy(),
                config.architecture().aggregation());
    }

    private double mae(Mlp[] p, List<Prepared> samples, SetInput[] dIn, SetInput[] sIn) {
        SetEncoderNetwork n = new SetEncoderNetwork(p[0], p[1], p[2], p[3], p[4], config.architecture().aggregation());
        double s = 0;
        for (Prepared x : samples) {
            s += Math.abs(n.predict(dIn[x.instance].evaluate(x.decision), sIn[x.instance].evaluate(x.scenario)) - x.label);
        }
        return s / Math.max(1, samples.size());
    }

    /**
     * Adds the gradient of {@code weight * (prediction - label)^2} with respect to every parameter
     * to {@code g}; package-private for the gradient check in the tests.
     */
    static void backprop(Mlp[] p, Grad[] g, double[][] dFeat, double[][] sFeat, double label, double weight,
                         SetEncoderNetwork.Aggregation aggregation) {
        double dFactor = aggregation == SetEncoderNetwork.Aggregation.MEAN && dFeat.length > 0 ? 1.0 / dFeat.length : 1.0;
        double sFactor = aggregation == SetEncoderNetwork.Aggregation.MEAN && sFeat.length > 0 ? 1.0 / sFeat.length : 1.0;
        Cache[] dCache = new Cache[dFeat.length];
        double[] dAgg = new double[p[0].outputSize()];
        for (int e = 0; e < dFeat.length; e++) {
            dCache[e] = forward(p[0], dFeat[e]);
            add(dAgg, dCache[e].out(), dFactor);
        }
        Cache[] sCache = new Cache[sFeat.length];
        double[] sAgg = new double[p[2].outputSize()];
        for (int e = 0; e < sFeat.length; e++) {
            sCache[e] = forward(p[2], sFeat[e]);
            add(sAgg, sCache[e].out(), sFactor);
        }
        Cache dPost = forward(p[1], dAgg);
        Cache sPost = forward(p[3], sAgg);
        double[] vin = new double[p[4].inputSize()];
        System.arraycopy(dPost.out(), 0, vin, 0, dPost.out().length);
        System.arraycopy(sPost.out(), 0, vin, dPost.out().length, sPost.out().length);
        Cache val = forward(p[4], vin);
        double err = val.out()[0] - label;
        double[] gOut = {2 * err * weight};
        double[] gVin = backward(p[4], val, gOut, g[4]);
        double[] gD = java.util.Arrays.copyOfRange(gVin, 0, dPost.out().length);
        double[] gS = java.util.Arrays.copyOfRange(gVin, dPost.out().length, gVin.length);
        double[] gDAgg = scale(backward(p[1], dPost, gD, g[1]), dFactor);
        double[] gSAgg = scale(backward(p[3], sPost, gS, g[3]), sFactor);
        for (Cache c : dCache) {
            backward(p[0], c, gDAgg, g[0]);
        }
        for (Cache c : sCache) {
            backward(p[2], c, gSAgg, g[2]);
        }
    }

    private static void add(double[] acc, double[] v, double factor) {
        for (int k = 0; k < acc.length; k++) {
            acc[k] += v[k] * factor;
        }
    }

    private static double[] scale(double[] v, double factor) {
        for (int k = 0; k < v.length; k++) {
            v[k] *= factor;
        }
        return v;
    }

    /** Activations of every layer boundary ({@code act[0]} = input; hidden ones after ReLU). */
    private record Cache(double[][] act) {
        double[] out() {
            return act[act.length - 1];
        }
    }

    private static Cache forward(Mlp mlp, double[] input) {
        int layers = mlp.layers();
        double[][] act = new double[layers + 1][];
        act[0] = input;
        for (int l = 0; l < layers; l++) {
            double[][] w = mlp.weight[l];
            double[] b = mlp.bias[l];
            double[] h = act[l];
            double[] next = new double[w.length];
            for (int o = 0; o < w.length; o++) {
                double s = b[o];
                double[] row = w[o];
                for (int i = 0; i < row.length; i++) {
                    s += row[i] * h[i];
                }
                next[o] = l < layers - 1 && s < 0 ? 0 : s;
            }
            act[l + 1] = next;
        }
        return new Cache(act);
    }

    /** Accumulates parameter gradients into {@code g} and returns the gradient with respect to the input. */
    private static double[] backward(Mlp mlp, Cache c, double[] gradOut, Grad g) {
        double[] delta = gradOut.clone();
        for (int l = mlp.layers() - 1; l >= 0; l--) {
            double[][] w = mlp.weight[l];
            double[] h = c.act()[l];
            double[] prev = new double[h.length];
            for (int o = 0; o < w.length; o++) {
                double d = delta[o];
                if (d == 0) {
                    continue;
                }
                g.b[l][o] += d;
                double[] row = w[o];
                double[] gw = g.w[l][o];
                for (int i = 0; i < row.length; i++) {
                    gw[i] += d * h[i];
                    prev[i] += d * row[i];
                }
            }
            if (l > 0) {
                for (int i = 0; i < prev.length; i++) {
                    if (h[i] <= 0) {
                        prev[i] = 0;
                    }
                }
            }
            delta = prev;
        }
        return delta;
    }

    private void adam(Mlp mlp, Grad g, Grad m, Grad v, long step) {
        double lr = config.learningRate();
        double c1 = 1 - Math.pow(BETA1, step);
        double c2 = 1 - Math.pow(BETA2, step);
        for (int l = 0; l < mlp.layers(); l++) {
            for (int o = 0; o < mlp.weight[l].length; o++) {
                double[] w = mlp.weight[l][o];
                for (int i = 0; i < w.length; i++) {
                    w[i] -= update(g.w[l][o][i], m.w[l][o], v.w[l][o], i, lr, c1, c2);
                }
                mlp.bias[l][o] -= update(g.b[l][o], m.b[l], v.b[l], o, lr, c1, c2);
            }
        }
    }

    private static double update(double grad, double[] m, double[] v, int i, double lr, double c1, double c2) {
        m[i] = BETA1 * m[i] + (1 - BETA1) * grad;
        v[i] = BETA2 * v[i] + (1 - BETA2) * grad * grad;
        return lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPS);
    }

    /** Gradient (or Adam moment) buffers shaped like an {@link Mlp}. */
    static final class Grad {
        final double[][][] w;
        final double[][] b;

        Grad(Mlp mlp) {
            w = new double[mlp.layers()][][];
            b = new double[mlp.layers()][];
            for (int l = 0; l < mlp.layers(); l++) {
                w[l] = new double[mlp.size(l + 1)][mlp.size(l)];
                b[l] = new double[mlp.size(l + 1)];
            }
        }

        void zero() {
            for (double[][] layer : w) {
                for (double[] row : layer) {
                    java.util.Arrays.fill(row, 0);
                }
            }
            for (double[] row : b) {
                java.util.Arrays.fill(row, 0);
            }
        }
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, rng);
        return p;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
