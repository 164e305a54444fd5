package org.cobalt.neural.coco;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.Activation;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.BipartiteGraphConv;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.LayerNorm;
import org.cobalt.neural.nn.Layer;
import org.cobalt.neural.nn.Mlp;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Normalization;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TensorOps;

/**
 * The solution-prediction GNN of predict-and-search (Han et al. 2023) and CoCo-MILP (Pu et al., AAAI
 * 2026): constraint and variable embeddings (two ReLU layers), {@link CocoConfig#depth()} rounds of a
 * variable→constraint and a constraint→variable half-convolution ({@link BipartiteGraphConv}, layer
 * normalisation), optionally followed by the {@link CompetitiveLayer}, then a layer norm on both node
 * kinds (the reference code uses GraphNorm); the variable embeddings of every round (and the initial
 * one) are concatenated and an MLP gives one logit per variable: sigmoid(logit) is the predicted
 * probability that the variable is 1. Output: [variables of the batch].
 */
public final class CocoGnn implements NeuralModel<BipartiteBatch> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "coco-gnn";
    private final CocoConfig config;
    private final Mlp consEmbed;
    private final Mlp varEmbed;
    private final BipartiteGraphConv[] vToC;
    private final BipartiteGraphConv[] cToV;
    private final CompetitiveLayer[] competition;
    private final LayerNorm[] consNorm;
    private final LayerNorm[] varNorm;
    private final Mlp head;

    /** A freshly initialised network; the same seed gives the same parameters bit for bit. */
    public CocoGnn(CocoConfig config, long seed) {
        this.config = config;
        SplittableRandom rng = new SplittableRandom(seed);
        int emb = config.embedding();
        consEmbed = new Mlp("cons_embedding", new int[] {config.constraintFeatures(), emb, emb}, Activation.RELU, Activation.RELU, true, rng);
        varEmbed = new Mlp("var_embedding", new int[] {config.variableFeatures(), emb, emb}, Activation.RELU, Activation.RELU, true, rng);
        int d = config.depth();
        vToC = new BipartiteGraphConv[d];
        cToV = new BipartiteGraphConv[d];
        competition = new CompetitiveLayer[config.competitive() ? d : 0];
        consNorm = new LayerNorm[d];
        varNorm = new LayerNorm[d];
        for (int l = 0; l < d; l++) {
            vToC[l] = new BipartiteGraphConv("conv_v_to_c." + l, emb, config.edgeFeatures(), Normalization.LAYERNORM, rng);
            cToV[l] = new BipartiteGraphConv("conv_c_to_v." + l, emb, config.edgeFeatures(), Normalization.LAYERNORM, rng);
            if (config.competitive()) {
                competition[l] = new CompetitiveLayer("competition." + l, emb);
            }
            consNorm[l] = new LayerNorm("cons_norm." + l, emb);
            varNorm[l] = new LayerNorm("var_norm." + l, emb);
        }
        int[] hidden = config.hidden();
        int[] dims = new int[hidden.length + 2];
        dims[0] = (d + 1) * emb;
        System.arraycopy(hidden, 0, dims, 1, hidden.length);
        dims[dims.length - 1] = 1;
        head = new Mlp("output", dims, Activation.RELU, Activation.NONE, true, rng);
    }

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public CocoConfig config() {
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
        if (g.constraintDim() != config.constraintFeatures() || g.variableDim() != config.variableFeatures()
                || g.edgeDim() != config.edgeFeatures()) {
            throw new IllegalArgumentException("graph features (" + g.constraintDim() + ", " + g.variableDim() + ", "
                    + g.edgeDim() + ") do not match the model's " + features().dimensions());
        }
        T ci = ops.indices(g.edgeConstraint());
        T vi = ops.indices(g.edgeVariable());
        T e = ops.input(g.edgeFeatures(), g.numEdges(), g.edgeDim());
        T c = consEmbed.forward(ops, ops.input(g.constraintFeatures(), g.numConstraints(), g.constraintDim()));
        T v = varEmbed.forward(ops, ops.input(g.variableFeatures(), g.numVariables(), g.variableDim()));
        CompetitiveLayer.Tensors<T> comp = config.competitive()
                ? CompetitiveLayer.Tensors.of(ops, CompetitiveLayer.Index.of(batch, config.objectiveNode()),
                        g.numConstraints(), g.numVariables())
                : null;
        T all = v;
        for (int l = 0; l < config.depth(); l++) {
            c = vToC[l].forward(ops, v, vi, e, ci, c, g.numConstraints());
            v = cToV[l].forward(ops, c, ci, e, vi, v, g.numVariables());
            if (comp != null) {
                v = competition[l].forward(ops, v, comp);
            }
            c = consNorm[l].forward(ops, c);
            v = varNorm[l].forward(ops, v);
            all = ops.concatLast(all, v);
        }
        return ops.reshape(head.forward(ops, all), g.numVariables());
    }

    @Override
    public List<Parameter> parameters() {
        List<Layer> layers = new ArrayList<>(List.of(consEmbed, varEmbed));
        for (int l = 0; l < config.depth(); l++) {
            layers.add(vToC[l]);
            layers.add(cToV[l]);
            if (config.competitive()) {
                layers.add(competition[l]);
            }
            layers.add(consNorm[l]);
            layers.add(varNorm[l]);
        }
        layers.add(head);
        List<Parameter> ps = new ArrayList<>();
        for (Layer l : layers) {
            ps.addAll(l.parameters());
        }
        return List.copyOf(ps);
    }
}
