package org.cobalt.neural.revibranch;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;

/**
 * The input of {@link ReviBranchNet}: {@code B} revived trajectories, each the states of a root-to-node
 * path (oldest first, the decision's own node last), all graphs concatenated into one
 * {@link BipartiteBatch}. The tokens of a trajectory are placed right-aligned in a {@code [B, K]} grid
 * ({@code K} = the longest path), padded on the left and masked; the current node's token is always at
 * column {@code K-1}. Q-values are produced for every variable of every current node.
 *
 * @param graphs          all states, trajectory by trajectory
 * @param samples         B
 * @param window          K
 * @param variableGraph   graph index of each variable row of the union
 * @param inverseVarCount 1 / variables of each graph
 * @param actionRow       union row of each graph's action (its own first row for current nodes)
 * @param hasAction       1 for ancestor states (their action is embedded), 0 for current nodes
 * @param tokenSlot       grid slot {@code b*K + k} of each graph
 * @param positional      {@code [B*K, dim]} positional encodings (0 in padding)
 * @param keyMask         {@code [B*K]}, 1 for real tokens
 * @param currentSlot     grid slot of each trajectory's current node
 * @param qRows           union rows of the current nodes' variables
 * @param qSample         trajectory of each entry of {@code qRows}
 * @param qOffsets        {@code [B+1]}: trajectory b's Q-values are {@code [qOffsets[b], qOffsets[b+1])}
 * @param cachedTokens    {@code [C, dim]} tokens of ancestors encoded earlier (without positional encoding),
 *                        empty when every state is in {@code graphs}
 * @param cachedSlot      grid slot of each cached token
 */
public record RevivedBatch(BipartiteBatch graphs, int samples, int window, int[] variableGraph, float[] inverseVarCount,
                           int[] actionRow, float[] hasAction, int[] tokenSlot, float[] positional, float[] keyMask,
                           int[] currentSlot, int[] qRows, int[] qSample, int[] qOffsets, float[] cachedTokens,
                           int[] cachedSlot) {

    /**
     * Builds the batch; each trajectory lists its states oldest first and ends with the current node
     * (whose {@code action} is ignored).
     */
    public static RevivedBatch of(List<List<CompactState>> trajectories, int dim) {
        int b = trajectories.size();
        if (b == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        int k = 0;
        int g = 0;
        int v = 0;
        int q = 0;
        for (List<CompactState> t : trajectories) {
            if (t.isEmpty()) {
                throw new IllegalArgumentException("empty trajectory");
            }
            k = Math.max(k, t.size());
            g += t.size();
            for (CompactState s : t) {
                v += s.numVariables();
            }
            q += t.get(t.size() - 1).numVariables();
        }
        List<BipartiteGraph> list = new ArrayList<>(g);
        int[] variableGraph = new int[v];
        float[] invCount = new float[g];
        int[] actionRow = new int[g];
        float[] hasAction = new float[g];
        int[] tokenSlot = new int[g];
        float[] positional = new float[b * k * dim];
        float[] keyMask = new float[b * k];
        int[] currentSlot = new int[b];
        int[] qRows = new int[q];
        int[] qSample = new int[q];
        int[] qOffsets = new int[b + 1];
        int gi = 0;
        int row = 0;
        int qi = 0;
        for (int s = 0; s < b; s++) {
            List<CompactState> t = trajectories.get(s);
            int pad = k - t.size();
            for (int j = 0; j < t.size(); j++, gi++) {
                CompactState st = t.get(j);
                list.add(new BipartiteGraph(st.numConstraints(), st.numVariables(), 5, st.constraintFeatures(),
                        st.variableFeatures().length / Math.max(1, st.numVariables()), st.variableFeatures(), 1,
                        st.edgeConstraint(), st.edgeVariable(), st.edgeFeatures()));
                for (int x = 0; x < st.numVariables(); x++) {
                    variableGraph[row + x] = gi;
                }
                invCount[gi] = 1f / Math.max(1, st.numVariables());
                boolean current = j == t.size() - 1;
                actionRow[gi] = row + (current ? 0 : st.action());
                hasAction[gi] = current ? 0f : 1f;
                int slot = s * k + pad + j;
                tokenSlot[gi] = slot;
                keyMask[slot] = 1f;
                PositionalEncoding.write(st.depth(), dim, positional, slot * dim);
                if (current) {
                    currentSlot[s] = slot;
                    qOffsets[s] = qi;
                    for (int x = 0; x < st.numVariables(); x++, qi++) {
                        qRows[qi] = row + x;
                        qSample[qi] = s;
                    }
                }
                row += st.numVariables();
            }
        }
        qOffsets[b] = qi;
        return new RevivedBatch(BipartiteBatch.of(list), b, k, variableGraph, invCount, actionRow, hasAction, tokenSlot,
                positional, keyMask, currentSlot, qRows, qSample, qOffsets, new float[0], new int[0]);
    }

    /**
     * One trajectory whose ancestors are given by their cached tokens ({@link ReviBranchNet#inferenceView()}
     * computed them when they were branched) and only the current node is encoded: what a node's inference
     * needs, one graph encoding instead of one per state of the window.
     *
     * @param ancestors      the ancestors' states, oldest first (only their depths are read)
     * @param ancestorTokens their cached tokens, {@code dim} floats each
     */
    public static RevivedBatch withCachedAncestors(List<CompactState> ancestors, List<float[]> ancestorTokens,
                                                   CompactState current, int dim) {
        if (ancestors.size() != ancestorTokens.size()) {
            throw new IllegalArgumentException(ancestors.size() + " ancestors but " + ancestorTokens.size() + " tokens");
        }
        RevivedBatch one = of(List.of(List.of(current)), dim);
        int c = ancestors.size();
        int k = c + 1;
        float[] positional = new float[k * dim];
        float[] keyMask = new float[k];
        float[] cached = new float[c * dim];
        int[] cachedSlot = new int[c];
        for (int i = 0; i < c; i++) {
            float[] t = ancestorTokens.get(i);
            if (t.length != dim) {
                throw new IllegalArgumentException("cached token of width " + t.length + ", expected " + dim);
            }
            System.arraycopy(t, 0, cached, i * dim, dim);
            cachedSlot[i] = i;
            keyMask[i] = 1f;
            PositionalEncoding.write(ancestors.get(i).depth(), dim, positional, i * dim);
        }
        keyMask[c] = 1f;
        PositionalEncoding.write(current.depth(), dim, positional, c * dim);
        return new RevivedBatch(one.graphs(), 1, k, one.variableGraph(), one.inverseVarCount(), one.actionRow(),
                one.hasAction(), new int[] {c}, positional, keyMask, new int[] {c}, one.qRows(), one.qSample(),
                one.qOffsets(), cached, cachedSlot);
    }

    /** Number of graphs (states) in the batch. */
    public int numGraphs() {
        return graphs.size();
    }
}
