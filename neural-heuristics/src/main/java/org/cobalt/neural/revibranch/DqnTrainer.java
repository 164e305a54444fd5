package org.cobalt.neural.revibranch;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.CobaltBbSolver;
import org.cobalt.neural.runtime.DevicePreference;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.train.TrainConfig;
import org.cobalt.neural.runtime.train.Trainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DQN for ReviBranch: ε-greedy episodes (one cobalt-bb solve each, node-limited), the episode reward
 * {@code -nodes / rewardScale} redistributed over the decisions ({@link RewardRedistribution}), an
 * experience replay of compact node graphs, Huber TD loss against a target network
 * {@code y = r + γ · max_{a ∈ candidates(s')} Q_target(s', a)} (s' = the next decision of the episode),
 * Adam on DJL's CPU engine and a hard target sync every {@code targetSync} gradient steps.
 */
public final class DqnTrainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DqnTrainer.class);
    private final DqnConfig config;
    private final BbSettings base;
    private final ReviBranchNet online;
    private final ReviBranchNet target;
    private final ReplayBuffer replay;
    private final RewardRedistribution redistribution;
    private final Trainer<TdSample> trainer;
    private final InferenceBackend backend;
    private final SplittableRandom rng;
    private long gradientSteps;
    private long targetSyncs;

    /** A TD sample: the revived trajectory of a decision, its action and its target. */
    record TdSample(List<CompactState> trajectory, int action, float target) {
    }

    /** A trainer with cobalt-bb's {@code base} settings for the episodes (its branching rule is replaced). */
    public DqnTrainer(DqnConfig config, BbSettings base) {
        this.config = config;
        this.base = base;
        this.online = new ReviBranchNet(config.network(), config.seed());
        this.target = new ReviBranchNet(config.network(), config.seed());
        this.replay = new ReplayBuffer(config.replayCapacity());
        this.redistribution = config.redistribute() ? RewardRedistribution.importanceWeighted()
                : RewardRedistribution.terminal();
        this.rng = new SplittableRandom(config.seed() ^ 0x5DEECE66DL);
        this.trainer = new Trainer<>(online, this::loss, new TrainConfig(config.learningRate(), 1, config.batchSize(),
                config.seed(), 1, 0, null));
        this.backend = Backends.open(DevicePreference.CPU);
    }

    private NDArray loss(org.cobalt.neural.runtime.djl.DjlOps ops, List<TdSample> batch) {
        List<List<CompactState>> trajectories = new ArrayList<>(batch.size());
        for (TdSample s : batch) {
            trajectories.add(s.trajectory());
        }
        RevivedBatch rb = RevivedBatch.of(trajectories, config.embedding());
        NDArray q = online.forward(ops, rb);
        int[] taken = new int[batch.size()];
        float[] y = new float[batch.size()];
        for (int i = 0; i < taken.length; i++) {
            taken[i] = rb.qOffsets()[i] + batch.get(i).action();
            y[i] = batch.get(i).target();
        }
        NDArray qa = ops.gatherRows(ops.reshape(q, rb.qRows().length, 1), ops.indices(taken));
        NDArray diff = qa.sub(ops.input(y, taken.length, 1)).abs();
        NDArray quad = diff.minimum(1f);
        return quad.square().mul(0.5f).add(diff.sub(quad)).mean();
    }

    /** Runs one ε-greedy episode on {@code model}, stores its transitions and trains {@code stepsPerEpisode} steps. */
    public EpisodeReport episode(int index, MilpModel model) {
        long t0 = System.nanoTime();
        double eps = config.epsilon().epsilon(index);
        ReviBranchBranching rule = new ReviBranchBranching(online, () -> backend, eps);
        SolveOptions options = SolveOptions.builder().nodeLimit(config.nodeLimit()).seed(config.seed() + index).build();
        SolveResult result = new CobaltBbSolver(base.withBranchingRule(rule)).solve(model, options);
        EpisodeStore store = rule.episode();
        long nodes = Math.max(0, result.stats().nodes());
        if (store.size() > 0) {
            replay.addEpisode(store, redistribution.rewards(store, -nodes / config.rewardScale()));
        }
        double sum = 0;
        int steps = 0;
        if (replay.size() > 0) {
            for (; steps < config.stepsPerEpisode(); steps++) {
                sum += trainStep();
            }
            trainer.syncToModel();
        }
        EpisodeReport r = new EpisodeReport(index, model.name(), nodes, store.size(), eps, steps == 0 ? Double.NaN : sum / steps,
                (System.nanoTime() - t0) / 1_000_000);
        LOG.info("episode {} {}: {} nodes, {} decisions, eps {}, loss {}, {} ms", index, r.instance(), nodes, r.decisions(),
                String.format("%.3f", eps), String.format("%.4f", r.meanLoss()), r.millis());
        return r;
    }

    /** Runs {@code config.episodes()} episodes on {@code instances.apply(episode)}. */
    public List<EpisodeReport> train(LongFunction<MilpModel> instances) {
        List<EpisodeReport> reports = new ArrayList<>();
        for (int e = 0; e < config.episodes(); e++) {
            reports.add(episode(e, instances.apply(e)));
        }
        return reports;
    }

    /** One gradient step on a replay mini-batch; returns its loss. */
    public double trainStep() {
        int[] slots = replay.sample(config.batchSize(), rng);
        List<List<CompactState>> next = new ArrayList<>();
        for (int s : slots) {
            if (replay.next(s) >= 0) {
                next.add(trajectory(replay.store(s), replay.next(s)));
            }
        }
        RevivedBatch nextBatch = next.isEmpty() ? null : RevivedBatch.of(next, config.embedding());
        float[] qNext = nextBatch == null ? new float[0] : backend.infer(target, nextBatch).values();
        int[] offsets = nextBatch == null ? new int[0] : nextBatch.qOffsets();
        List<TdSample> batch = new ArrayList<>(slots.length);
        int n = 0;
        for (int s : slots) {
            double y = replay.reward(s);
            if (replay.next(s) >= 0) {
                CompactState ns = replay.store(s).get(replay.next(s));
                y += config.gamma() * maxOver(qNext, offsets[n], ns.candidates());
                n++;
            }
            CompactState cur = replay.store(s).get(replay.decision(s));
            batch.add(new TdSample(trajectory(replay.store(s), replay.decision(s)), cur.action(), (float) y));
        }
        double loss = trainer.step(batch);
        gradientSteps++;
        if (gradientSteps % config.targetSync() == 0) {
            syncTarget();
        }
        return loss;
    }

    private static double maxOver(float[] q, int offset, int[] candidates) {
        double m = Double.NEGATIVE_INFINITY;
        for (int j : candidates) {
            m = Math.max(m, q[offset + j]);
        }
        return m;
    }

    private List<CompactState> trajectory(EpisodeStore store, int decision) {
        List<CompactState> t = new ArrayList<>();
        for (int i : store.path(decision, config.maxPath())) {
            t.add(store.get(i));
        }
        return t;
    }

    /** Copies the online network (its latest trained values) into the target network. */
    public void syncTarget() {
        trainer.syncToModel();
        target.copyFrom(online);
        targetSyncs++;
    }

    /** Writes the online network as {@code file} (+ {@code .params}) with training metadata. */
    public void save(Path file, Map<String, String> metadata) throws IOException {
        trainer.syncToModel();
        Map<String, String> m = new LinkedHashMap<>(metadata);
        m.put("maxPath", Integer.toString(config.maxPath()));
        m.put("redistribution", redistribution.name());
        m.put("gradientSteps", Long.toString(gradientSteps));
        m.put("seed", Long.toString(config.seed()));
        ReviBranchModels.files().save(online, file, m);
    }

    /** The online network. */
    public ReviBranchNet online() {
        return online;
    }

    /** The target network. */
    public ReviBranchNet target() {
        return target;
    }

    /** The replay buffer. */
    public ReplayBuffer replay() {
        return replay;
    }

    /** Gradient steps taken. */
    public long gradientSteps() {
        return gradientSteps;
    }

    /** Target syncs done. */
    public long targetSyncs() {
        return targetSyncs;
    }

    @Override
    public void close() {
        trainer.close();
        backend.close();
    }
}
