package org.cobalt.neural.coco;

import java.util.List;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.Init;
import org.cobalt.neural.nn.Layer;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TensorOps;

/**
 * CoCo-MILP's intra-constraint competitive layer: after message passing, every variable is pushed away
 * from the variables it shares constraints with,
 * <pre>
 *   h_v  &lt;-  h_v - beta (.) mean_{c in C(v)} ( mean_{u in V(c)} h_u )
 * </pre>
 * so that competitors in a constraint (e.g. the items of {@code sum x <= 1}) get distinguishable
 * embeddings instead of the smoothed ones plain message passing produces. Objective-node edges take no
 * part. {@code beta} is a learned vector of the embedding width initialised to 1 (the reference code
 * uses one scalar; a per-feature scale is a strict generalisation), applied by broadcast.
 */
public final class CompetitiveLayer implements Layer {

    private final Parameter beta;

    /** A layer of width {@code emb} with parameter {@code name.beta}. */
    public CompetitiveLayer(String name, int emb) {
        this.beta = new Parameter(name + ".beta", new int[] {emb}, Init.constant(emb, 1f), true);
    }

    /**
     * Host-side indices of the competition: the edges between variables and real constraints, and the
     * inverse degrees over those edges (0 for isolated nodes).
     *
     * @param constraints  constraint end of each competition edge
     * @param variables    variable end of each competition edge
     * @param invConsDeg   1 / (variables of the constraint)
     * @param invVarDeg    1 / (constraints of the variable)
     */
    public record Index(int[] constraints, int[] variables, float[] invConsDeg, float[] invVarDeg) {

        /** The index of a batch; with {@code objectiveNode} the last constraint of every graph is left out. */
        public static Index of(BipartiteBatch batch, boolean objectiveNode) {
            BipartiteGraph g = batch.union();
            boolean[] skip = new boolean[g.numConstraints()];
            if (objectiveNode) {
                int[] co = batch.constraintOffsets();
                for (int k = 1; k < co.length; k++) {
                    if (co[k] > co[k - 1]) {
                        skip[co[k] - 1] = true;
                    }
                }
            }
            int[] ec = g.edgeConstraint();
            int[] ev = g.edgeVariable();
            int n = 0;
            for (int c : ec) {
                if (!skip[c]) {
                    n++;
                }
            }
            int[] cs = new int[n];
            int[] vs = new int[n];
            float[] cd = new float[g.numConstraints()];
            float[] vd = new float[g.numVariables()];
            int k = 0;
            for (int e = 0; e < ec.length; e++) {
                if (!skip[ec[e]]) {
                    cs[k] = ec[e];
                    vs[k] = ev[e];
                    cd[ec[e]]++;
                    vd[ev[e]]++;
                    k++;
                }
            }
            invert(cd);
            invert(vd);
            return new Index(cs, vs, cd, vd);
        }

        private static void invert(float[] d) {
            for (int i = 0; i < d.length; i++) {
                d[i] = d[i] == 0 ? 0f : 1f / d[i];
            }
        }
    }

    /** The competition's tensors, created once per forward pass and shared by every layer. */
    public record Tensors<T>(T constraints, T variables, T invConsDeg, T invVarDeg, int numConstraints, int numVariables) {

        /** Uploads an index. */
        public static <T> Tensors<T> of(TensorOps<T> ops, Index index, int numConstraints, int numVariables) {
            return new Tensors<>(ops.indices(index.constraints()), ops.indices(index.variables()),
                    ops.input(index.invConsDeg(), numConstraints), ops.input(index.invVarDeg(), numVariables),
                    numConstraints, numVariables);
        }
    }

    /** Applies the layer to variable embeddings {@code v} [n, emb]. */
    public <T> T forward(TensorOps<T> ops, T v, Tensors<T> t) {
        T gathered = ops.gatherRows(v, t.variables());
        T consSum = ops.scatterAddRows(gathered, t.constraints(), t.numConstraints());
        ops.release(gathered);
        T consMean = ops.scaleRows(consSum, t.invConsDeg());
        ops.release(consSum);
        T back = ops.gatherRows(consMean, t.constraints());
        ops.release(consMean);
        T varSum = ops.scatterAddRows(back, t.variables(), t.numVariables());
        ops.release(back);
        T varMean = ops.scaleRows(varSum, t.invVarDeg());
        ops.release(varSum);
        T pushed = ops.mul(varMean, ops.param(beta));
        ops.release(varMean);
        T out = ops.sub(v, pushed);
        ops.release(pushed);
        return out;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(beta);
    }
}
