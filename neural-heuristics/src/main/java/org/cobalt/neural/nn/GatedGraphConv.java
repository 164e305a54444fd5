package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Anisotropic edge-gated graph convolution with residual connections (Bresson &amp; Laurent's gated
 * GCN as used by Joshi et al. 2019 and by the divide network of UDC), on a sparse edge list such as a
 * k-nearest-neighbour graph. For an edge j → i with features e_ij:
 * <pre>
 *   ê_ij  = A·e_ij + B·h_i + C·h_j
 *   h_i' = h_i + relu(norm(U·h_i + Σ_j σ(ê_ij) ⊙ V·h_j / (Σ_j σ(ê_ij) + ε)))
 *   e_ij' = e_ij + relu(norm(ê_ij))
 * </pre>
 * Layer normalisation replaces the papers' batch normalisation so that inference does not depend on
 * the batch.
 */
public final class GatedGraphConv implements Layer {

    private static final float EPS = 1e-6f;
    private final Linear a;
    private final Linear b;
    private final Linear c;
    private final Linear u;
    private final Linear v;
    private final LayerNorm nodeNorm;
    private final LayerNorm edgeNorm;

    /** A layer of width {@code dim} for both nodes and edges. */
    public GatedGraphConv(String name, int dim, SplittableRandom rng) {
        this.a = new Linear(name + ".A", dim, dim, true, rng);
        this.b = new Linear(name + ".B", dim, dim, false, rng);
        this.c = new Linear(name + ".C", dim, dim, false, rng);
        this.u = new Linear(name + ".U", dim, dim, true, rng);
        this.v = new Linear(name + ".V", dim, dim, false, rng);
        this.nodeNorm = new LayerNorm(name + ".node_norm", dim);
        this.edgeNorm = new LayerNorm(name + ".edge_norm", dim);
    }

    /** Node and edge states after one layer. */
    public record State<T>(T nodes, T edges) {
    }

    /**
     * @param nodes  [n, dim]
     * @param edges  [E, dim]
     * @param source tail j of each edge
     * @param target head i of each edge
     * @param n      number of nodes
     */
    public <T> State<T> forward(TensorOps<T> ops, T nodes, T edges, T source, T target, int n) {
        T ae = a.forward(ops, edges);
        T bi = ops.gatherRows(b.forward(ops, nodes), target);
        T t = ops.add(ae, bi);
        ops.release(ae);
        ops.release(bi);
        T cj = ops.gatherRows(c.forward(ops, nodes), source);
        T eHat = ops.add(t, cj);
        ops.release(t);
        ops.release(cj);
        T gate = ops.sigmoid(eHat);
        T vj = ops.gatherRows(v.forward(ops, nodes), source);
        T gated = ops.mul(gate, vj);
        ops.release(vj);
        T num = ops.scatterAddRows(gated, target, n);
        ops.release(gated);
        T den = ops.addScalar(ops.scatterAddRows(gate, target, n), EPS);
        ops.release(gate);
        T hAgg = ops.add(u.forward(ops, nodes), ops.div(num, den));
        T h = ops.add(nodes, ops.relu(nodeNorm.forward(ops, hAgg)));
        T en = edgeNorm.forward(ops, eHat);
        ops.release(eHat);
        T er = ops.relu(en);
        ops.release(en);
        T e = ops.add(edges, er);
        ops.release(er);
        return new State<>(h, e);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>();
        for (Layer l : List.<Layer>of(a, b, c, u, v, nodeNorm, edgeNorm)) {
            ps.addAll(l.parameters());
        }
        return List.copyOf(ps);
    }
}
