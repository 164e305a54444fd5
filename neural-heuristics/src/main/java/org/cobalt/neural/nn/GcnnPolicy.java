package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The branching policy GCNN of Gasse et al. (2019): node embeddings (pre-norm, two ReLU layers) for
 * constraints and variables, pre-normalised edge features, a variable→constraint then a
 * constraint→variable half-convolution ({@link BipartiteGraphConv}), and a two-layer head giving one
 * score per variable. Output: [variables of the batch], one logit per variable (select candidates and
 * take a softmax per graph to branch).
 */
public final class GcnnPolicy implements NeuralModel<BipartiteBatch> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "gasse-gcnn";
    private final GcnnConfig config;
    private final Normalization.Normalizer consNorm;
    private final Mlp consEmbed;
    private final Normalization.Normalizer edgeNorm;
    private final Normalization.Normalizer varNorm;
    private final Mlp varEmbed;
    private final BipartiteGraphConv vToC;
    private final BipartiteGraphConv cToV;
    private final Mlp head;

    /** A freshly initialised policy; the same seed gives the same parameters bit for bit. */
    public GcnnPolicy(GcnnConfig config, long seed) {
        this.config = config;
        SplittableRandom rng = new SplittableRandom(seed);
        int emb = config.embedding();
        Normalization norm = config.normalization();
        consNorm = norm.create("cons_embedding.norm", config.constraintFeatures(), true);
        consEmbed = new Mlp("cons_embedding", new int[] {config.constraintFeatures(), emb, emb}, Activation.RELU,
                Activation.RELU, true, rng);
        edgeNorm = norm.create("edge_embedding.norm", config.edgeFeatures(), true);
        varNorm = norm.create("var_embedding.norm", config.variableFeatures(), true);
        varEmbed = new Mlp("var_embedding", new int[] {config.variableFeatures(), emb, emb}, Activation.RELU,
                Activation.RELU, true, rng);
        vToC = new BipartiteGraphConv("conv_v_to_c", emb, config.edgeFeatures(), norm, rng);
        cToV = new BipartiteGraphConv("conv_c_to_v", emb, config.edgeFeatures(), norm, rng);
        head = new Mlp("output", new int[] {emb, emb, 1}, Activation.RELU, Activation.NONE, false, rng);
    }

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public GcnnConfig config() {
        return config;
    }

    @Override
    public FeatureSchema features() {
        return FeatureSchema.of("constraint", config.constraintFeatures(), "variable", config.variableFeatures(),
                "edge", config.edgeFeatures());
    }

    @Override
    public <T> T forward(TensorOps<T> ops, BipartiteBatch batch) {
        BipartiteGraph g = batch.union();
        requireDims(g);
        T cons = ops.input(g.constraintFeatures(), g.numConstraints(), g.constraintDim());
        T vars = ops.input(g.variableFeatures(), g.numVariables(), g.variableDim());
        T edges = ops.input(g.edgeFeatures(), g.numEdges(), g.edgeDim());
        T ci = ops.indices(g.edgeConstraint());
        T vi = ops.indices(g.edgeVariable());
        T c = consEmbed.forward(ops, consNorm.forward(ops, cons));
        T e = edgeNorm.forward(ops, edges);
        T v = varEmbed.forward(ops, varNorm.forward(ops, vars));
        c = vToC.forward(ops, v, vi, e, ci, c, g.numConstraints());
        v = cToV.forward(ops, c, ci, e, vi, v, g.numVariables());
        return ops.reshape(head.forward(ops, v), g.numVariables());
    }

    private void requireDims(BipartiteGraph g) {
        if (g.constraintDim() != config.constraintFeatures() || g.variableDim() != config.variableFeatures()
                || g.edgeDim() != config.edgeFeatures()) {
            throw new IllegalArgumentException("graph features (" + g.constraintDim() + ", " + g.variableDim() + ", "
                    + g.edgeDim() + ") do not match the model's " + features().dimensions());
        }
    }

    /**
     * Fits the input pre-norms (shift and scale) to a sample of graphs, as the paper does before
     * training. A no-op with layer normalisation.
     */
    public void fitInputNorms(BipartiteBatch sample) {
        if (consNorm.preNorm() == null) {
            return;
        }
        BipartiteGraph g = sample.union();
        consNorm.preNorm().fit(g.constraintFeatures());
        varNorm.preNorm().fit(g.variableFeatures());
        edgeNorm.preNorm().fit(g.edgeFeatures());
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>();
        for (Layer l : List.<Layer>of(consNorm, consEmbed, edgeNorm, varNorm, varEmbed, vToC, cToV, head)) {
            ps.addAll(l.parameters());
        }
        return List.copyOf(ps);
    }
}
