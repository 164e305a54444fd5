package org.cobalt.neural.branching;

import java.util.Objects;
import java.util.function.Supplier;
import org.cobalt.milp.bb.branching.ReliabilityBranching;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.BackendUnavailableException;
import org.cobalt.neural.runtime.InferenceBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learned branching rule: at every node, one forward pass of a trained {@link GcnnPolicy} over the
 * node's bipartite graph ({@link GcnnFeaturizer}) scores all variables at once, and the rule branches on
 * the candidate with the highest score (ties: the lowest column). No strong branching, no pseudocosts.
 *
 * <p>One instance serves one solve on one thread ({@link #forSolve()} returns {@code this}; the backend is
 * not thread-safe): {@link GcnnBbSolver} creates one per solve and closes it afterwards. The inference
 * backend is opened on the first node. When it cannot be opened, or the network returns no finite score
 * for any candidate, the node is decided by reliability pseudocost branching, with one warning.
 */
public final class GcnnBranching implements BranchingRule, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GcnnBranching.class);

    private final GcnnPolicy policy;
    private final Supplier<? extends InferenceBackend> backends;
    private final BranchingRule fallback = new ReliabilityBranching();
    private InferenceBackend backend;
    private boolean backendFailed;
    private boolean warnedScores;
    private long calls;
    private long inferenceNanos;
    private long fallbackNodes;

    /**
     * @param policy   the trained network (its parameters must not change while solving)
     * @param backends opens the inference backend on the first node, e.g. {@code Backends::open}
     */
    public GcnnBranching(GcnnPolicy policy, Supplier<? extends InferenceBackend> backends) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.backends = Objects.requireNonNull(backends, "backends");
        if (!GcnnFeaturizer.SCHEMA.equals(policy.features())) {
            throw new IllegalArgumentException("the policy expects features " + policy.features().dimensions()
                    + ", the featurizer gives " + GcnnFeaturizer.SCHEMA.dimensions());
        }
    }

    @Override
    public String name() {
        return "gcnn";
    }

    @Override
    public boolean usesNodeFeatures() {
        return true;
    }

    @Override
    public BranchingDecision branch(BranchingContext ctx) {
        InferenceBackend b = backend();
        if (b == null) {
            fallbackNodes++;
            return fallback.branch(ctx);
        }
        long t0 = System.nanoTime();
        BipartiteGraph graph = GcnnFeaturizer.graph(ctx.bipartiteGraph());
        float[] scores = b.infer(policy, GcnnFeaturizer.single(graph)).values();
        inferenceNanos += System.nanoTime() - t0;
        calls++;
        int[] cands = ctx.candidates();
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int j : cands) {
            float s = scores[j];
            if (!Float.isNaN(s) && s != Float.NEGATIVE_INFINITY && (best < 0 || s > bestScore)) {
                best = j;
                bestScore = s;
            }
        }
        if (best < 0) {
            if (!warnedScores) {
                LOG.warn("GCNN branching: no finite score for any of {} candidates at node {}; deciding such nodes by "
                        + "reliability pseudocost branching", cands.length, ctx.node().id());
                warnedScores = true;
            }
            fallbackNodes++;
            return fallback.branch(ctx);
        }
        return BranchingDecision.Branch.on(best, ctx.lpValue(best));
    }

    private InferenceBackend backend() {
        if (backend == null && !backendFailed) {
            try {
                backend = backends.get();
            } catch (BackendUnavailableException | LinkageError e) {
                backendFailed = true;
                LOG.warn("GCNN branching: no inference backend ({}); using reliability pseudocost branching", e.getMessage());
            }
        }
        return backend;
    }

    /** Forward passes run so far. */
    public long inferenceCalls() {
        return calls;
    }

    /** Wall time spent in featurizing and forward passes, nanoseconds. */
    public long inferenceNanos() {
        return inferenceNanos;
    }

    /** Nodes decided by the reliability fallback. */
    public long fallbackNodes() {
        return fallbackNodes;
    }

    /** Closes the inference backend (if one was opened). */
    @Override
    public void close() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
