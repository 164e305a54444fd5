package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An encoder–decoder attention policy (Kool et al. 2019; the conquer policy family of UDC): linear node
 * embedding, a masked {@link TransformerEncoder}, and one {@link PointerDecoder} step. Output: logits
 * [batch, nodes] for the next node, entries that are not selectable {@link PointerDecoder#MASKED}. The
 * encoder ignores padding; the decoder's glimpse and pointer see only selectable nodes.
 */
public final class AttentionPolicy implements NeuralModel<AttentionInput> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "attention-pointer";
    private final AttentionConfig config;
    private final Linear embed;
    private final TransformerEncoder encoder;
    private final PointerDecoder decoder;

    /** A freshly initialised policy. */
    public AttentionPolicy(AttentionConfig config, long seed) {
        this.config = config;
        SplittableRandom rng = new SplittableRandom(seed);
        embed = new Linear("embedding", config.nodeFeatures(), config.dim(), true, rng);
        encoder = new TransformerEncoder("encoder", config.layers(), config.dim(), config.heads(), config.feedForward(),
                rng);
        decoder = new PointerDecoder("decoder", config.dim(), config.contextFeatures(), config.heads(), config.clip(),
                rng);
    }

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public AttentionConfig config() {
        return config;
    }

    @Override
    public FeatureSchema features() {
        return FeatureSchema.of("node", config.nodeFeatures(), "context", config.contextFeatures());
    }

    @Override
    public <T> T forward(TensorOps<T> ops, AttentionInput in) {
        if (in.nodeDim() != config.nodeFeatures() || in.contextDim() != config.contextFeatures()) {
            throw new IllegalArgumentException("input widths (" + in.nodeDim() + ", " + in.contextDim()
                    + ") do not match the model's " + features().dimensions());
        }
        T x = embed.forward(ops, ops.input(in.nodeFeatures(), in.batch(), in.nodes(), in.nodeDim()));
        T h = encoder.forward(ops, x, ops.input(in.valid(), in.batch(), in.nodes()));
        T selectable = ops.input(in.selectable(), in.batch(), in.nodes());
        return decoder.forward(ops, h, ops.input(in.contexts(), in.batch(), in.contextDim()), selectable);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>(embed.parameters());
        ps.addAll(encoder.parameters());
        ps.addAll(decoder.parameters());
        return List.copyOf(ps);
    }
}
