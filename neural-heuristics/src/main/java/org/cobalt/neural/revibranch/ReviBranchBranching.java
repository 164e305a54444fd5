package org.cobalt.neural.revibranch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.cobalt.milp.bb.branching.ReliabilityBranching;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.neural.runtime.BackendUnavailableException;
import org.cobalt.neural.runtime.InferenceBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ReviBranch branching rule for cobalt-bb. At a node it revives the trajectory (the node's state
 * and the states and actions of up to {@code maxPath - 1} ancestors, recorded when they were branched),
 * runs {@link ReviBranchNet} once and branches on the candidate with the highest Q-value; with
 * probability ε (training) it branches on a uniformly drawn candidate instead, from the solve's seeded
 * random source. Every decision is recorded in an {@link EpisodeStore}, which the trainer turns into
 * replay transitions.
 *
 * <p>Inference cost: when a node branches, the token it will contribute as an ancestor is kept
 * ({@link ReviBranchNet#inferenceView()}), so a node encodes only its own graph; only exploration steps
 * (no forward pass, no token) make a descendant re-encode its window.
 *
 * <p>One instance serves one solve on one thread. cobalt-bb calls {@link #forSolve()} for its main tree
 * first and again for every sub-MIP a heuristic solves (RINS): the first call returns {@code this}, which
 * records the episode; later calls return a greedy sibling that shares the network and the backend but
 * records into its own store, so sub-MIP nodes never enter the episode. When the inference backend cannot
 * be opened every node is decided by reliability pseudocost branching, with one warning.
 */
public final class ReviBranchBranching implements BranchingRule, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReviBranchBranching.class);
    private final ReviBranchNet net;
    private final Supplier<? extends InferenceBackend> backends;
    private final boolean ownsBackend;
    private final double epsilon;
    private final EpisodeStore store = new EpisodeStore();
    /** Cached ancestor token of each decision (null when it was an exploration step). */
    private final List<float[]> tokens = new ArrayList<>();
    private final BranchingRule fallback = new ReliabilityBranching();
    private int[] decisionOfNode = new int[64];
    private InferenceBackend backend;
    private boolean backendFailed;
    private long inferences;
    private long inferenceNanos;
    private long fallbackNodes;
    private boolean claimed;

    /**
     * @param net      the Q-network (parameters may change between solves, not during one)
     * @param backends opens the inference backend on the first node
     * @param epsilon  exploration probability (0 when evaluating)
     */
    public ReviBranchBranching(ReviBranchNet net, Supplier<? extends InferenceBackend> backends, double epsilon) {
        this(net, backends, epsilon, true);
    }

    private ReviBranchBranching(ReviBranchNet net, Supplier<? extends InferenceBackend> backends, double epsilon,
                                boolean ownsBackend) {
        this.ownsBackend = ownsBackend;
        this.net = Objects.requireNonNull(net, "net");
        this.backends = Objects.requireNonNull(backends, "backends");
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon " + epsilon);
        }
        this.epsilon = epsilon;
        Arrays.fill(decisionOfNode, -1);
    }

    @Override
    public String name() {
        return net.config().maxPath() > 1 ? "revibranch" : "dqn";
    }

    @Override
    public BranchingRule forSolve() {
        if (!claimed) {
            claimed = true;
            return this;
        }
        return new ReviBranchBranching(net, this::sharedBackend, 0, false);
    }

    private InferenceBackend sharedBackend() {
        InferenceBackend b = backend();
        if (b == null) {
            throw new BackendUnavailableException("the main tree has no inference backend");
        }
        return b;
    }

    @Override
    public boolean usesNodeFeatures() {
        return true;
    }

    @Override
    public BranchingDecision branch(BranchingContext ctx) {
        int[] cands = ctx.candidates();
        boolean explore = epsilon > 0 && ctx.random().nextDouble() < epsilon;
        InferenceBackend b = explore ? null : backend();
        if (!explore && b == null) {
            fallbackNodes++;
            return fallback.branch(ctx);
        }
        BipartiteGraph g = ctx.bipartiteGraph();
        long parentNode = ctx.node().parentId();
        int parent = parentNode >= 0 && parentNode < decisionOfNode.length ? decisionOfNode[(int) parentNode] : -1;
        int action;
        float[] token = null;
        if (explore) {
            action = cands[ctx.random().nextInt(cands.length)];
        } else {
            long t0 = System.nanoTime();
            CompactState current = new CompactState(g.numVariables(), g.numConstraints(), g.variableFeatures(),
                    g.constraintFeatures(), g.edgeConstraint(), g.edgeVariable(), g.edgeFeatures(), cands, cands[0],
                    ctx.depth(), parent);
            int[] ancestors = parent >= 0 && net.config().maxPath() > 1 ? store.path(parent, net.config().maxPath() - 1)
                    : new int[0];
            List<CompactState> ancestorStates = new ArrayList<>(ancestors.length);
            List<float[]> ancestorTokens = new ArrayList<>(ancestors.length);
            for (int i : ancestors) {
                ancestorStates.add(store.get(i));
                ancestorTokens.add(tokens.get(i));
            }
            if (!ancestorTokens.contains(null)) {
                // every ancestor was encoded when it branched: encode only this node
                int d = net.config().embedding();
                float[] out = b.infer(net.inferenceView(), RevivedBatch.withCachedAncestors(ancestorStates,
                        ancestorTokens, current, d)).values();
                action = argmaxStrided(out, 1 + 2 * d, cands);
                token = net.tokenOf(out, action);
            } else {
                List<CompactState> trajectory = new ArrayList<>(ancestorStates);
                trajectory.add(current);
                float[] q = b.infer(net, RevivedBatch.of(List.of(trajectory), net.config().embedding())).values();
                action = argmax(q, 0, cands);
            }
            inferences++;
            inferenceNanos += System.nanoTime() - t0;
        }
        int decision = store.add(g.numVariables(), g.numConstraints(), g.variableFeatures(), g.constraintFeatures(),
                g.edgeConstraint(), g.edgeVariable(), g.edgeFeatures(), cands, action, ctx.depth(), parent);
        tokens.add(token);
        remember(ctx.node().id(), decision);
        return BranchingDecision.Branch.on(action, ctx.lpValue(action));
    }

    /** The candidate with the highest finite Q-value (ties: the first), {@code q} read from {@code offset}. */
    static int argmax(float[] q, int offset, int[] candidates) {
        int best = candidates[0];
        float bestQ = Float.NEGATIVE_INFINITY;
        for (int j : candidates) {
            float v = q[offset + j];
            if (!Float.isNaN(v) && v > bestQ) {
                bestQ = v;
                best = j;
            }
        }
        return best;
    }

    /** {@link #argmax} over rows of width {@code stride} whose first column is the Q-value. */
    static int argmaxStrided(float[] out, int stride, int[] candidates) {
        int best = candidates[0];
        float bestQ = Float.NEGATIVE_INFINITY;
        for (int j : candidates) {
            float v = out[j * stride];
            if (!Float.isNaN(v) && v > bestQ) {
                bestQ = v;
                best = j;
            }
        }
        return best;
    }

    private void remember(long nodeId, int decision) {
        if (nodeId < 0 || nodeId > Integer.MAX_VALUE - 8) {
            return;
        }
        int id = (int) nodeId;
        if (id >= decisionOfNode.length) {
            int old = decisionOfNode.length;
            decisionOfNode = Arrays.copyOf(decisionOfNode, Math.max(id + 1, old * 2));
            Arrays.fill(decisionOfNode, old, decisionOfNode.length, -1);
        }
        decisionOfNode[id] = decision;
    }

    private InferenceBackend backend() {
        if (backend == null && !backendFailed) {
            try {
                backend = backends.get();
            } catch (BackendUnavailableException | LinkageError e) {
                backendFailed = true;
                LOG.warn("ReviBranch: no inference backend ({}); using reliability pseudocost branching", e.getMessage());
            }
        }
        return backend;
    }

    /** The decisions of this solve. */
    public EpisodeStore episode() {
        return store;
    }

    /** Forward passes run. */
    public long inferences() {
        return inferences;
    }

    /** Wall time of trajectory building and forward passes, nanoseconds. */
    public long inferenceNanos() {
        return inferenceNanos;
    }

    /** Nodes decided by the reliability fallback. */
    public long fallbackNodes() {
        return fallbackNodes;
    }

    /** Closes the backend when this rule opened it. */
    @Override
    public void close() {
        if (backend != null && ownsBackend) {
            backend.close();
        }
        backend = null;
    }
}
