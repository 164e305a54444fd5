package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One decoding step of the attention model (Kool et al. 2019): a context vector (e.g. graph embedding,
 * first and last visited node) becomes a query, attends over the encoded nodes with a mask (a glimpse),
 * and scores every node with clipped single-head compatibilities {@code C·tanh(q·k/√d)}. Masked nodes
 * (visited, infeasible, padding) get the logit {@link #MASKED}.
 */
public final class PointerDecoder implements Layer {

    /** Logit of a masked node: finite, so that log-softmax stays NaN-free, yet exp() underflows to 0. */
    public static final float MASKED = -1e9f;
    private final Linear context;
    private final MultiHeadAttention glimpse;
    private final Linear pointerQuery;
    private final Linear pointerKey;
    private final float clip;
    private final int dim;

    /** A decoder for nodes of width {@code dim} and contexts of width {@code contextDim}. */
    public PointerDecoder(String name, int dim, int contextDim, int heads, float clip, SplittableRandom rng) {
        this.dim = dim;
        this.clip = clip;
        this.context = new Linear(name + ".context", contextDim, dim, false, rng);
        this.glimpse = new MultiHeadAttention(name + ".glimpse", dim, heads, rng);
        this.pointerQuery = new Linear(name + ".pointer_q", dim, dim, false, rng);
        this.pointerKey = new Linear(name + ".pointer_k", dim, dim, false, rng);
    }

    /**
     * @param nodes    encoded nodes [b, m, dim]
     * @param contexts [b, contextDim]
     * @param mask     [b, m], 1 = selectable
     * @return logits [b, m] (masked entries {@link #MASKED})
     */
    public <T> T forward(TensorOps<T> ops, T nodes, T contexts, T mask) {
        int[] s = ops.shape(nodes);
        int b = s[0];
        int m = s[1];
        T query = ops.reshape(context.forward(ops, contexts), b, 1, dim);
        T g = glimpse.forward(ops, query, nodes, mask);
        T compat = ops.batchMatmulTransposed(pointerQuery.forward(ops, g), pointerKey.forward(ops, nodes));
        T logits = ops.scale(ops.tanh(ops.scale(compat, (float) (1 / Math.sqrt(dim)))), clip);
        return ops.maskFill(ops.reshape(logits, b, m), mask, MASKED);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>(context.parameters());
        ps.addAll(glimpse.parameters());
        ps.addAll(pointerQuery.parameters());
        ps.addAll(pointerKey.parameters());
        return List.copyOf(ps);
    }
}
