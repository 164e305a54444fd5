package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Multi-head scaled dot-product attention (Vaswani et al. 2017) with a key mask, over padded batches
 * [b, n, dim]: keys whose mask entry is 0 (padding, or nodes already visited) get no weight.
 */
public final class MultiHeadAttention implements Layer {

    private final int heads;
    private final int dim;
    private final Linear q;
    private final Linear k;
    private final Linear v;
    private final Linear o;

    /** {@code dim} must be divisible by {@code heads}. */
    public MultiHeadAttention(String name, int dim, int heads, SplittableRandom rng) {
        if (heads <= 0 || dim % heads != 0) {
            throw new IllegalArgumentException(name + ": width " + dim + " is not divisible by " + heads + " heads");
        }
        this.heads = heads;
        this.dim = dim;
        this.q = new Linear(name + ".q", dim, dim, false, rng);
        this.k = new Linear(name + ".k", dim, dim, false, rng);
        this.v = new Linear(name + ".v", dim, dim, false, rng);
        this.o = new Linear(name + ".o", dim, dim, true, rng);
    }

    /**
     * @param queries [b, n, dim]
     * @param keys    [b, m, dim] (keys and values)
     * @param keyMask [b, m], 1 = attend, 0 = masked
     * @return [b, n, dim]
     */
    public <T> T forward(TensorOps<T> ops, T queries, T keys, T keyMask) {
        T qh = ops.splitHeads(q.forward(ops, queries), heads);
        T kh = ops.splitHeads(k.forward(ops, keys), heads);
        T vh = ops.splitHeads(v.forward(ops, keys), heads);
        T scores = ops.scale(ops.batchMatmulTransposed(qh, kh), (float) (1 / Math.sqrt(dim / (double) heads)));
        T att = ops.maskedSoftmax(scores, keyMask, heads);
        return o.forward(ops, ops.mergeHeads(ops.batchMatmul(att, vh), heads));
    }

    /** Number of heads. */
    public int heads() {
        return heads;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>();
        for (Linear l : List.of(q, k, v, o)) {
            ps.addAll(l.parameters());
        }
        return List.copyOf(ps);
    }
}
