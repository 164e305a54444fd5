package org.cobalt.submodular.data;

import java.util.Arrays;

/**
 * A simple undirected graph in CSR form (no self loops, no parallel edges), nodes
 * {@code 0 .. nodeCount()-1}. Immutable.
 */
public final class Graph {

    private final int[] offsets;
    private final int[] adjacency;

    private Graph(int[] offsets, int[] adjacency) {
        this.offsets = offsets;
        this.adjacency = adjacency;
    }

    /**
     * Builds a graph from an edge list ({@code us[i]} -- {@code vs[i]}); self loops are dropped and
     * parallel edges merged.
     */
    public static Graph fromEdges(int nodeCount, int[] us, int[] vs) {
        if (us.length != vs.length) {
            throw new IllegalArgumentException("edge endpoint arrays differ in length");
        }
        int[] deg = new int[nodeCount];
        for (int i = 0; i < us.length; i++) {
            int u = us[i];
            int v = vs[i];
            if (u < 0 || u >= nodeCount || v < 0 || v >= nodeCount) {
                throw new IllegalArgumentException("edge " + u + "-" + v + " outside [0, " + nodeCount + ")");
            }
            if (u != v) {
                deg[u]++;
                deg[v]++;
            }
        }
        int[] off = new int[nodeCount + 1];
        for (int v = 0; v < nodeCount; v++) {
            off[v + 1] = off[v] + deg[v];
        }
        int[] adj = new int[off[nodeCount]];
        int[] fill = Arrays.copyOf(off, nodeCount);
        for (int i = 0; i < us.length; i++) {
            int u = us[i];
            int v = vs[i];
            if (u != v) {
                adj[fill[u]++] = v;
                adj[fill[v]++] = u;
            }
        }
        // sort and deduplicate each adjacency list in place, then compact
        int[] newOff = new int[nodeCount + 1];
        int w = 0;
        for (int v = 0; v < nodeCount; v++) {
            Arrays.sort(adj, off[v], off[v + 1]);
            int prev = -1;
            for (int p = off[v]; p < off[v + 1]; p++) {
                if (adj[p] != prev) {
                    adj[w++] = adj[p];
                    prev = adj[p];
                }
            }
            newOff[v + 1] = w;
        }
        return new Graph(newOff, Arrays.copyOf(adj, w));
    }

    public int nodeCount() {
        return offsets.length - 1;
    }

    /** Number of undirected edges. */
    public long edgeCount() {
        return adjacency.length / 2;
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** Copy of the sorted neighbour list of {@code v}. */
    public int[] neighbours(int v) {
        return Arrays.copyOfRange(adjacency, offsets[v], offsets[v + 1]);
    }

    /** Largest degree. */
    public int maxDegree() {
        int m = 0;
        for (int v = 0; v < nodeCount(); v++) {
            m = Math.max(m, degree(v));
        }
        return m;
    }
}
