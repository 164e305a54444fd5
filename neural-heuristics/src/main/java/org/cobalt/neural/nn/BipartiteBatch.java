package org.cobalt.neural.nn;

import java.util.List;

/**
 * Many bipartite graphs as one disjoint union, without padding: node arrays are concatenated and edge
 * indices shifted by the node offsets of their graph, so one sparse pass processes the whole batch.
 * Graph {@code g} owns constraints {@code [constraintOffsets[g], constraintOffsets[g+1])} and variables
 * {@code [variableOffsets[g], variableOffsets[g+1])} of the union.
 *
 * @param union             the disjoint union
 * @param constraintOffsets prefix sums of constraint counts (length graphs + 1)
 * @param variableOffsets   prefix sums of variable counts (length graphs + 1)
 */
public record BipartiteBatch(BipartiteGraph union, int[] constraintOffsets, int[] variableOffsets) {

    /** Number of graphs. */
    public int size() {
        return variableOffsets.length - 1;
    }

    /** Concatenates graphs of identical feature dimensions. */
    public static BipartiteBatch of(List<BipartiteGraph> graphs) {
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one graph");
        }
        BipartiteGraph first = graphs.getFirst();
        int b = graphs.size();
        int[] co = new int[b + 1];
        int[] vo = new int[b + 1];
        long edges = 0;
        for (int g = 0; g < b; g++) {
            BipartiteGraph x = graphs.get(g);
            if (x.constraintDim() != first.constraintDim() || x.variableDim() != first.variableDim()
                    || x.edgeDim() != first.edgeDim()) {
                throw new IllegalArgumentException("graph " + g + " has feature dimensions that differ from graph 0");
            }
            co[g + 1] = Math.addExact(co[g], x.numConstraints());
            vo[g + 1] = Math.addExact(vo[g], x.numVariables());
            edges += x.numEdges();
        }
        int e = Math.toIntExact(edges);
        float[] cf = new float[Math.multiplyExact(co[b], first.constraintDim())];
        float[] vf = new float[Math.multiplyExact(vo[b], first.variableDim())];
        float[] ef = new float[Math.multiplyExact(e, first.edgeDim())];
        int[] ec = new int[e];
        int[] ev = new int[e];
        int pos = 0;
        for (int g = 0; g < b; g++) {
            BipartiteGraph x = graphs.get(g);
            System.arraycopy(x.constraintFeatures(), 0, cf, co[g] * first.constraintDim(), x.constraintFeatures().length);
            System.arraycopy(x.variableFeatures(), 0, vf, vo[g] * first.variableDim(), x.variableFeatures().length);
            System.arraycopy(x.edgeFeatures(), 0, ef, pos * first.edgeDim(), x.edgeFeatures().length);
            int[] xc = x.edgeConstraint();
            int[] xv = x.edgeVariable();
            for (int k = 0; k < xc.length; k++) {
                ec[pos + k] = xc[k] + co[g];
                ev[pos + k] = xv[k] + vo[g];
            }
            pos += xc.length;
        }
        BipartiteGraph union = new BipartiteGraph(co[b], vo[b], first.constraintDim(), cf, first.variableDim(), vf,
                first.edgeDim(), ec, ev, ef);
        return new BipartiteBatch(union, co, vo);
    }
}
