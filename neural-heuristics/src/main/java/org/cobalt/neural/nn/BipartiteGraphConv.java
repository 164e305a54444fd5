package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One half-convolution of Gasse et al. (2019), "Exact combinatorial optimization with graph
 * convolutional neural networks": updates the right-hand nodes from the left-hand nodes across the edges.
 * <pre>
 *   joint_e = W_l·left[l_e] + b_l + W_e·edge_e + W_r·right[r_e]
 *   msg_e   = W_f · relu(norm(joint_e)) + b_f
 *   agg_r   = norm_post(Σ_{e: r_e = r} msg_e)
 *   out_r   = MLP([agg_r, right_r])          (2·emb → emb → emb, relu between)
 * </pre>
 * The left/right linear maps are applied per node before the gather (same result, |E|/|V| times
 * cheaper). A full GCNN runs it twice: variables → constraints, then constraints → variables.
 */
public final class BipartiteGraphConv implements Layer {

    private final Linear left;
    private final Linear edge;
    private final Linear right;
    private final Normalization.Normalizer finalNorm;
    private final Linear finalLinear;
    private final Normalization.Normalizer postNorm;
    private final Mlp output;

    /** A half-convolution of width {@code emb} over edges with {@code edgeDim} features. */
    public BipartiteGraphConv(String name, int emb, int edgeDim, Normalization norm, SplittableRandom rng) {
        this.left = new Linear(name + ".left", emb, emb, true, rng);
        this.edge = new Linear(name + ".edge", edgeDim, emb, false, rng);
        this.right = new Linear(name + ".right", emb, emb, false, rng);
        this.finalNorm = norm.create(name + ".final_norm", emb, false);
        this.finalLinear = new Linear(name + ".final", emb, emb, true, rng);
        this.postNorm = norm.create(name + ".post_norm", emb, false);
        this.output = new Mlp(name + ".output", new int[] {2 * emb, emb, emb}, Activation.RELU, Activation.NONE, true, rng);
    }

    /**
     * @param leftNodes   [nl, emb]
     * @param leftIndex   left end of every edge
     * @param edges       [E, edgeDim]
     * @param rightIndex  right end of every edge
     * @param rightNodes  [nr, emb]
     * @param numRight    nr
     * @return the updated right nodes [nr, emb]
     */
    public <T> T forward(TensorOps<T> ops, T leftNodes, T leftIndex, T edges, T rightIndex, T rightNodes, int numRight) {
        // edge-sized intermediates ([E, emb]) dominate memory on large batches: release each after use
        T l = left.forward(ops, leftNodes);
        T r = right.forward(ops, rightNodes);
        T gl = ops.gatherRows(l, leftIndex);
        T ge = edge.forward(ops, edges);
        T joint = ops.add(gl, ge);
        ops.release(gl);
        ops.release(ge);
        T gr = ops.gatherRows(r, rightIndex);
        T joint2 = ops.add(joint, gr);
        ops.release(joint);
        ops.release(gr);
        T normed = finalNorm.forward(ops, joint2);
        ops.release(joint2);
        T act = ops.relu(normed);
        ops.release(normed);
        T msg = finalLinear.forward(ops, act);
        ops.release(act);
        T sum = ops.scatterAddRows(msg, rightIndex, numRight);
        ops.release(msg);
        T agg = postNorm.forward(ops, sum);
        T cat = ops.concatLast(agg, rightNodes);
        return output.forward(ops, cat);
    }

    /** The scale-only pre-norm after the sum (null with layer normalisation), for fitting. */
    public PreNorm postPreNorm() {
        return postNorm.preNorm();
    }

    /** The scale-only pre-norm before the message MLP (null with layer normalisation), for fitting. */
    public PreNorm finalPreNorm() {
        return finalNorm.preNorm();
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>();
        ps.addAll(left.parameters());
        ps.addAll(edge.parameters());
        ps.addAll(right.parameters());
        ps.addAll(finalNorm.parameters());
        ps.addAll(finalLinear.parameters());
        ps.addAll(postNorm.parameters());
        ps.addAll(output.parameters());
        return List.copyOf(ps);
    }
}
