package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Edge-scoring network on sparse graphs in the style of UDC's divide network (an anisotropic GNN on
 * a k-nearest-neighbour graph): linear node and edge embeddings, {@code layers} residual
 * {@link GatedGraphConv}s, and an MLP head giving one logit per directed edge (e.g. "this edge belongs
 * to a good tour", the heat-map a divide step samples from). Output: [edges of the batch].
 */
public final class EdgeGatedGnn implements NeuralModel<GraphBatch> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "edge-gated-gnn";
    private final GatedGnnConfig config;
    private final Linear nodeEmbed;
    private final Linear edgeEmbed;
    private final GatedGraphConv[] convs;
    private final Mlp head;

    /** A freshly initialised network. */
    public EdgeGatedGnn(GatedGnnConfig config, long seed) {
        this.config = config;
        SplittableRandom rng = new SplittableRandom(seed);
        nodeEmbed = new Linear("node_embedding", config.nodeFeatures(), config.hidden(), true, rng);
        edgeEmbed = new Linear("edge_embedding", config.edgeFeatures(), config.hidden(), true, rng);
        convs = new GatedGraphConv[config.layers()];
        for (int i = 0; i < convs.length; i++) {
            convs[i] = new GatedGraphConv("gated." + i, config.hidden(), rng);
        }
        head = new Mlp("edge_head", new int[] {config.hidden(), config.hidden(), 1}, Activation.RELU, Activation.NONE,
                true, rng);
    }

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public GatedGnnConfig config() {
        return config;
    }

    @Override
    public FeatureSchema features() {
        return FeatureSchema.of("node", config.nodeFeatures(), "edge", config.edgeFeatures());
    }

    @Override
    public <T> T forward(TensorOps<T> ops, GraphBatch batch) {
        SparseGraph g = batch.union();
        if (g.nodeDim() != config.nodeFeatures() || g.edgeDim() != config.edgeFeatures()) {
            throw new IllegalArgumentException("graph features (" + g.nodeDim() + ", " + g.edgeDim()
                    + ") do not match the model's " + features().dimensions());
        }
        T h = nodeEmbed.forward(ops, ops.input(g.nodeFeatures(), g.numNodes(), g.nodeDim()));
        T e = edgeEmbed.forward(ops, ops.input(g.edgeFeatures(), g.numEdges(), g.edgeDim()));
        T src = ops.indices(g.source());
        T dst = ops.indices(g.target());
        for (GatedGraphConv conv : convs) {
            GatedGraphConv.State<T> s = conv.forward(ops, h, e, src, dst, g.numNodes());
            h = s.nodes();
            e = s.edges();
        }
        return ops.reshape(head.forward(ops, e), g.numEdges());
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>(nodeEmbed.parameters());
        ps.addAll(edgeEmbed.parameters());
        for (GatedGraphConv c : convs) {
            ps.addAll(c.parameters());
        }
        ps.addAll(head.parameters());
        return List.copyOf(ps);
    }
}
