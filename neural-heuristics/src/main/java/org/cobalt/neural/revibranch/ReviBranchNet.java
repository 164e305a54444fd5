package org.cobalt.neural.revibranch;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.Activation;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.BipartiteGraphConv;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.Layer;
import org.cobalt.neural.nn.Linear;
import org.cobalt.neural.nn.Mlp;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Normalization;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TensorOps;
import org.cobalt.neural.nn.TransformerEncoder;

/**
 * The ReviBranch Q-network. Every state of a revived trajectory is encoded by the same bipartite GNN
 * (Gasse et al. embeddings, a v→c and a c→v {@link BipartiteGraphConv}); a state's token is
 * {@code W_s · mean(variable embeddings) + W_a · (embedding of the variable branched on there) + PE(depth)}
 * (no action term for the current node); a one-layer transformer encoder attends over the tokens of the
 * path; and the Q-value of variable {@code j} of the current node is an MLP of {@code [v_j, h_current]}.
 * With {@code maxPath = 1} the path is the node alone: the plain-DQN ablation on the same features.
 *
 * <p>Output: {@code [sum of the current nodes' variables]} Q-values, trajectory by trajectory
 * ({@link RevivedBatch#qOffsets()}); callers mask non-candidates.
 */
public final class ReviBranchNet implements NeuralModel<RevivedBatch> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "revibranch-dqn";
    private final ReviBranchConfig config;
    private final Mlp consEmbed;
    private final Mlp varEmbed;
    private final Linear edgeEmbed;
    private final BipartiteGraphConv vToC;
    private final BipartiteGraphConv cToV;
    private final Linear stateProj;
    private final Linear actionProj;
    private final TransformerEncoder path;
    private final Mlp qHead;

    /** A freshly initialised network; the same seed gives the same parameters bit for bit. */
    public ReviBranchNet(ReviBranchConfig config, long seed) {
        this.config = config;
        SplittableRandom rng = new SplittableRandom(seed);
        int d = config.embedding();
        consEmbed = new Mlp("cons_embedding", new int[] {config.constraintFeatures(), d, d}, Activation.RELU,
                Activation.RELU, true, rng);
        varEmbed = new Mlp("var_embedding", new int[] {config.variableFeatures(), d, d}, Activation.RELU,
                Activation.RELU, true, rng);
        edgeEmbed = new Linear("edge_embedding", config.edgeFeatures(), config.edgeFeatures(), true, rng);
        vToC = new BipartiteGraphConv("conv_v_to_c", d, config.edgeFeatures(), Normalization.LAYERNORM, rng);
        cToV = new BipartiteGraphConv("conv_c_to_v", d, config.edgeFeatures(), Normalization.LAYERNORM, rng);
        stateProj = new Linear("state_proj", d, d, true, rng);
        actionProj = new Linear("action_proj", d, d, false, rng);
        path = new TransformerEncoder("path", 1, d, config.heads(), 2 * d, rng);
        qHead = new Mlp("q_head", new int[] {2 * d, d, 1}, Activation.RELU, Activation.NONE, true, rng);
    }

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public ReviBranchConfig config() {
        return config;
    }

    @Override
    public FeatureSchema features() {
        return FeatureSchema.of("constraint", config.constraintFeatures(), "variable", config.variableFeatures(),
                "edge", config.edgeFeatures());
    }

    @Override
    public <T> T forward(TensorOps<T> ops, RevivedBatch batch) {
        return encode(ops, batch, false);
    }

    /**
     * The same network with a wider output for inference: {@code [current variables, 1 + 2·embedding]},
     * column 0 the Q-value, columns {@code 1..d} {@code W_a·v_j} and {@code d+1..2d} {@code W_s·pool} of
     * the variable's graph. Row {@code a}'s two blocks summed are the token the node gets as an ancestor
     * once it branched on {@code a} ({@link #tokenOf}), so a node's trajectory never re-encodes its ancestors
     * ({@link RevivedBatch#withCachedAncestors}). Shares this network's parameters.
     */
    public NeuralModel<RevivedBatch> inferenceView() {
        ReviBranchNet net = this;
        return new NeuralModel<>() {
            @Override
            public String architecture() {
                return ARCHITECTURE;
            }

            @Override
            public Record config() {
                return config;
            }

            @Override
            public FeatureSchema features() {
                return net.features();
            }

            @Override
            public <T> T forward(TensorOps<T> ops, RevivedBatch batch) {
                return encode(ops, batch, true);
            }

            @Override
            public List<Parameter> parameters() {
                return net.parameters();
            }
        };
    }

    /** The cached token of the node whose {@link #inferenceView()} output is {@code out} when it branches on {@code action}. */
    public float[] tokenOf(float[] out, int action) {
        int d = config.embedding();
        int w = 1 + 2 * d;
        float[] t = new float[d];
        for (int i = 0; i < d; i++) {
            t[i] = out[action * w + 1 + i] + out[action * w + 1 + d + i];
        }
        return t;
    }

    private <T> T encode(TensorOps<T> ops, RevivedBatch batch, boolean withTokens) {
        BipartiteGraph g = batch.graphs().union();
        if (g.constraintDim() != config.constraintFeatures() || g.variableDim() != config.variableFeatures()
                || g.edgeDim() != config.edgeFeatures()) {
            throw new IllegalArgumentException("graph features do not match the model's " + features().dimensions());
        }
        int d = config.embedding();
        int graphs = batch.numGraphs();
        int b = batch.samples();
        int k = batch.window();
        T ci = ops.indices(g.edgeConstraint());
        T vi = ops.indices(g.edgeVariable());
        T c = consEmbed.forward(ops, ops.input(g.constraintFeatures(), g.numConstraints(), g.constraintDim()));
        T v = varEmbed.forward(ops, ops.input(g.variableFeatures(), g.numVariables(), g.variableDim()));
        T e = edgeEmbed.forward(ops, ops.input(g.edgeFeatures(), g.numEdges(), g.edgeDim()));
        c = vToC.forward(ops, v, vi, e, ci, c, g.numConstraints());
        v = cToV.forward(ops, c, ci, e, vi, v, g.numVariables());
        T pooled = ops.scaleRows(ops.scatterAddRows(v, ops.indices(batch.variableGraph()), graphs),
                ops.input(batch.inverseVarCount(), graphs));
        T statePart = stateProj.forward(ops, pooled);
        T action = ops.scaleRows(ops.gatherRows(v, ops.indices(batch.actionRow())), ops.input(batch.hasAction(), graphs));
        T tokens = ops.add(statePart, actionProj.forward(ops, action));
        T grid = ops.scatterAddRows(tokens, ops.indices(batch.tokenSlot()), b * k);
        if (batch.cachedSlot().length > 0) {
            grid = ops.add(grid, ops.scatterAddRows(ops.input(batch.cachedTokens(), batch.cachedSlot().length, d),
                    ops.indices(batch.cachedSlot()), b * k));
        }
        grid = ops.add(grid, ops.input(batch.positional(), b * k, d));
        T h = path.forward(ops, ops.reshape(grid, b, k, d), ops.input(batch.keyMask(), b, k));
        T current = ops.gatherRows(ops.reshape(h, b * k, d), ops.indices(batch.currentSlot()));
        T joint = ops.concatLast(ops.gatherRows(v, ops.indices(batch.qRows())),
                ops.gatherRows(current, ops.indices(batch.qSample())));
        T q = qHead.forward(ops, joint);
        if (!withTokens) {
            return ops.reshape(q, batch.qRows().length);
        }
        T rows = ops.indices(batch.qRows());
        T perVarState = ops.gatherRows(statePart, ops.indices(gather(batch.variableGraph(), batch.qRows())));
        return ops.concatLast(ops.concatLast(q, actionProj.forward(ops, ops.gatherRows(v, rows))), perVarState);
    }

    private static int[] gather(int[] values, int[] index) {
        int[] r = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            r[i] = values[index[i]];
        }
        return r;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>();
        for (Layer l : List.<Layer>of(consEmbed, varEmbed, edgeEmbed, vToC, cToV, stateProj, actionProj, path, qHead)) {
            ps.addAll(l.parameters());
        }
        return List.copyOf(ps);
    }

    /** Copies every parameter of {@code source} (same config) into this network: the DQN target sync. */
    public void copyFrom(ReviBranchNet source) {
        if (!config.equals(source.config)) {
            throw new IllegalArgumentException("configs differ: " + config + " vs " + source.config);
        }
        List<Parameter> mine = parameters();
        List<Parameter> theirs = source.parameters();
        for (int i = 0; i < mine.size(); i++) {
            mine.get(i).set(theirs.get(i).values());
        }
    }
}
