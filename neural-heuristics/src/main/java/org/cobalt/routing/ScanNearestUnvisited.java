package org.cobalt.routing;

import org.cobalt.core.routing.Metric;

/** {@link NearestUnvisited} by a linear scan of the remaining nodes, for metrics without coordinates. */
final class ScanNearestUnvisited implements NearestUnvisited {

    private final Metric metric;
    private final int[] alive;
    private final int[] pos;
    private int count;

    ScanNearestUnvisited(Metric metric, int[] nodes) {
        this.metric = metric;
        this.alive = nodes.clone();
        this.pos = new int[metric.size()];
        java.util.Arrays.fill(pos, -1);
        for (int i = 0; i < alive.length; i++) {
            pos[alive[i]] = i;
        }
        this.count = alive.length;
    }

    @Override
    public void remove(int node) {
        int p = pos[node];
        if (p < 0 || p >= count || alive[p] != node) {
            return;
        }
        int last = alive[--count];
        alive[p] = last;
        pos[last] = p;
        alive[count] = node;
        pos[node] = count;
    }

    @Override
    public boolean contains(int node) {
        int p = pos[node];
        return p >= 0 && p < count && alive[p] == node;
    }

    @Override
    public int nearest(int from) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            int v = alive[i];
            if (v == from) {
                continue;
            }
            double d = metric.distance(from, v);
            if (d < bestD || (d == bestD && v < best)) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }

    @Override
    public int remaining() {
        return count;
    }
}
