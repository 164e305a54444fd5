package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stack of transformer encoder layers (self-attention + feed-forward, each with a residual connection
 * followed by layer normalisation), as in the attention model of Kool et al. (2019) that UDC's conquer
 * policy builds on. Padding nodes are excluded through the key mask.
 */
public final class TransformerEncoder implements Layer {

    private final MultiHeadAttention[] attention;
    private final LayerNorm[] norm1;
    private final Mlp[] feedForward;
    private final LayerNorm[] norm2;

    /** {@code layers} layers of width {@code dim}, {@code heads} heads and a hidden feed-forward width {@code ff}. */
    public TransformerEncoder(String name, int layers, int dim, int heads, int ff, SplittableRandom rng) {
        attention = new MultiHeadAttention[layers];
        norm1 = new LayerNorm[layers];
        feedForward = new Mlp[layers];
        norm2 = new LayerNorm[layers];
        for (int i = 0; i < layers; i++) {
            String p = name + "." + i;
            attention[i] = new MultiHeadAttention(p + ".attention", dim, heads, rng);
            norm1[i] = new LayerNorm(p + ".norm1", dim);
            feedForward[i] = new Mlp(p + ".ff", new int[] {dim, ff, dim}, Activation.RELU, Activation.NONE, true, rng);
            norm2[i] = new LayerNorm(p + ".norm2", dim);
        }
    }

    /**
     * @param x       [b, n, dim]
     * @param keyMask [b, n], 1 for real nodes, 0 for padding
     * @return [b, n, dim]
     */
    public <T> T forward(TensorOps<T> ops, T x, T keyMask) {
        T h = x;
        for (int i = 0; i < attention.length; i++) {
            h = norm1[i].forward(ops, ops.add(h, attention[i].forward(ops, h, h, keyMask)));
            h = norm2[i].forward(ops, ops.add(h, feedForward[i].forward(ops, h)));
        }
        return h;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>();
        for (int i = 0; i < attention.length; i++) {
            ps.addAll(attention[i].parameters());
            ps.addAll(norm1[i].parameters());
            ps.addAll(feedForward[i].parameters());
            ps.addAll(norm2[i].parameters());
        }
        return List.copyOf(ps);
    }
}
