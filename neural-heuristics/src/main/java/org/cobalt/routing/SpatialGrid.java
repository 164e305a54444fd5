package org.cobalt.routing;

import java.util.Objects;

/**
 * A uniform bucket grid over a set of planar points (about two points per cell) answering k-nearest
 * and nearest-alive queries by searching rings of cells outward until no unseen cell can hold a
 * closer point. Memory is O(n); a query on uniform-ish data costs O(k) cells. Points can be marked
 * dead ({@link #remove}) so that construction heuristics can ask for the nearest unvisited point.
 *
 * <p>Points are ranked by the raw {@link PlanarNorm}, which orders them as the rounded TSPLIB metric
 * does; ties are broken by node index.
 */
final class SpatialGrid {

    private final double[] x;
    private final double[] y;
    private final PlanarNorm norm;
    private final double minX;
    private final double minY;
    private final double cell;
    private final int gx;
    private final int gy;
    /** CSR layout: the points of cell c are items[cellStart[c] .. cellStart[c+1]); the first cellAlive[c] are alive. */
    private final int[] cellStart;
    private final int[] cellAlive;
    private final int[] items;
    private final int[] slot;
    private final int[] cellOf;
    /** All alive points, for a linear scan once few remain. */
    private final int[] aliveList;
    private final int[] alivePos;
    private int aliveCount;

    /**
     * @param x     first coordinate by node index (only the members are read)
     * @param y     second coordinate by node index
     * @param norm  ranking norm
     * @param nodes the members of the grid (distinct node indices)
     */
    SpatialGrid(double[] x, double[] y, PlanarNorm norm, int[] nodes) {
        this.x = x;
        this.y = y;
        this.norm = Objects.requireNonNull(norm, "norm");
        int m = nodes.length;
        double lx = Double.POSITIVE_INFINITY;
        double ly = Double.POSITIVE_INFINITY;
        double hx = Double.NEGATIVE_INFINITY;
        double hy = Double.NEGATIVE_INFINITY;
        for (int v : nodes) {
            lx = Math.min(lx, x[v]);
            ly = Math.min(ly, y[v]);
            hx = Math.max(hx, x[v]);
            hy = Math.max(hy, y[v]);
        }
        if (m == 0) {
            lx = ly = hx = hy = 0;
        }
        double w = hx - lx;
        double h = hy - ly;
        double targetCells = Math.max(1.0, m / 2.0);
        double cs;
        if (w > 0 && h > 0) {
            cs = Math.sqrt(w * h / targetCells);
        } else {
            cs = Math.max(w, h) / targetCells;
        }
        if (!(cs > 0) || !Double.isFinite(cs)) {
            cs = 1.0;
        }
        // very elongated boxes: keep the cell count linear in m
        while ((Math.floor(w / cs) + 1) * (Math.floor(h / cs) + 1) > 4.0 * m + 16) {
            cs *= 1.5;
        }
        this.minX = lx;
        this.minY = ly;
        this.cell = cs;
        this.gx = (int) Math.floor(w / cs) + 1;
        this.gy = (int) Math.floor(h / cs) + 1;
        int cells = gx * gy;
        int n = x.length;
        this.cellOf = new int[n];
        this.cellStart = new int[cells + 1];
        this.cellAlive = new int[cells];
        this.items = new int[m];
        this.slot = new int[n];
        for (int v : nodes) {
            int c = cellIndex(x[v], y[v]);
            cellOf[v] = c;
            cellStart[c + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = new int[cells];
        for (int v : nodes) {
            int c = cellOf[v];
            int s = cellStart[c] + fill[c]++;
            items[s] = v;
            slot[v] = s;
        }
        System.arraycopy(fill, 0, cellAlive, 0, cells);
        this.aliveList = nodes.clone();
        this.alivePos = new int[n];
        for (int i = 0; i < m; i++) {
            alivePos[nodes[i]] = i;
        }
        this.aliveCount = m;
    }

    private int cellIndex(double px, double py) {
        int cx = (int) ((px - minX) / cell);
        int cy = (int) ((py - minY) / cell);
        cx = Math.min(gx - 1, Math.max(0, cx));
        cy = Math.min(gy - 1, Math.max(0, cy));
        return cy * gx + cx;
    }

    /** Number of points not yet removed. */
    int aliveCount() {
        return aliveCount;
    }

    /** True while {@code v} is a member that was not removed. */
    boolean isAlive(int v) {
        int p = alivePos[v];
        return p < aliveCount && aliveList[p] == v;
    }

    /** Marks a member dead; later nearest-alive queries skip it. */
    void remove(int v) {
        if (!isAlive(v)) {
            return;
        }
        int c = cellOf[v];
        int last = cellStart[c] + cellAlive[c] - 1;
        int s = slot[v];
        int other = items[last];
        items[s] = other;
        slot[other] = s;
        items[last] = v;
        slot[v] = last;
        cellAlive[c]--;
        int p = alivePos[v];
        int lastAlive = aliveList[--aliveCount];
        aliveList[p] = lastAlive;
        alivePos[lastAlive] = p;
        aliveList[aliveCount] = v;
        alivePos[v] = aliveCount;
    }

    private double raw(int a, int b) {
        return norm.raw(x[a] - x[b], y[a] - y[b]);
    }

    /**
     * The nearest alive member to {@code from} (which need not be a member), or -1 when none is
     * alive. {@code from} itself is never returned.
     */
    int nearestAlive(int from) {
        if (aliveCount == 0 || (aliveCount == 1 && aliveList[0] == from)) {
            return -1;
        }
        double px = x[from];
        double py = y[from];
        int cx = Math.min(gx - 1, Math.max(0, (int) ((px - minX) / cell)));
        int cy = Math.min(gy - 1, Math.max(0, (int) ((py - minY) / cell)));
        int best = -1;
        double bestRaw = Double.POSITIVE_INFINITY;
        long visited = 0;
        int maxRing = Math.max(Math.max(cx, gx - 1 - cx), Math.max(cy, gy - 1 - cy));
        for (int r = 0; r <= maxRing; r++) {
            int x0 = cx - r;
            int x1 = cx + r;
            int y0 = cy - r;
            int y1 = cy + r;
            for (int yy = Math.max(0, y0); yy <= Math.min(gy - 1, y1); yy++) {
                boolean edgeRow = yy == y0 || yy == y1;
                int step = edgeRow ? 1 : Math.max(1, x1 - x0);
                for (int xx = x0; xx <= x1; xx += step) {
                    if (xx < 0 || xx >= gx) {
                        continue;
                    }
                    int c = yy * gx + xx;
                    visited++;
                    int s = cellStart[c];
                    int e = s + cellAlive[c];
                    for (int i = s; i < e; i++) {
                        int v = items[i];
                        if (v == from) {
                            continue;
                        }
                        double d = raw(from, v);
                        if (d < bestRaw || (d == bestRaw && v < best)) {
                            bestRaw = d;
                            best = v;
                        }
                    }
                }
            }
            if (best >= 0 && bestRaw <= norm.lowerBound(r * cell)) {
                return best;
            }
            // far from every alive point: scanning the alive list is cheaper than more empty rings
            if (visited > 2L * aliveCount + 16) {
                return scanAlive(from);
            }
        }
        return best;
    }

    private int scanAlive(int from) {
        int best = -1;
        double bestRaw = Double.POSITIVE_INFINITY;
        for (int i = 0; i < aliveCount; i++) {
            int v = aliveList[i];
            if (v == from) {
                continue;
            }
            double d = raw(from, v);
            if (d < bestRaw || (d == bestRaw && v < best)) {
                bestRaw = d;
                best = v;
            }
        }
        return best;
    }

    /**
     * The {@code k} members nearest to {@code from} (dead or alive, {@code from} excluded) in
     * increasing distance, written to {@code out[offset .. offset+k)}. Needs at least {@code k}
     * other members. {@code keys} and {@code vals} are scratch arrays of length {@code >= k}.
     */
    void kNearest(int from, int k, int[] out, int offset, double[] keys, int[] vals) {
        if (k == 0) {
            return;
        }
        double px = x[from];
        double py = y[from];
        int cx = Math.min(gx - 1, Math.max(0, (int) ((px - minX) / cell)));
        int cy = Math.min(gy - 1, Math.max(0, (int) ((py - minY) / cell)));
        int size = 0;
        int maxRing = Math.max(Math.max(cx, gx - 1 - cx), Math.max(cy, gy - 1 - cy));
        for (int r = 0; r <= maxRing; r++) {
            int x0 = cx - r;
            int x1 = cx + r;
            int y0 = cy - r;
            int y1 = cy + r;
            for (int yy = Math.max(0, y0); yy <= Math.min(gy - 1, y1); yy++) {
                boolean edgeRow = yy == y0 || yy == y1;
                int step = edgeRow ? 1 : Math.max(1, x1 - x0);
                for (int xx = x0; xx <= x1; xx += step) {
                    if (xx < 0 || xx >= gx) {
                        continue;
                    }
                    int c = yy * gx + xx;
                    for (int i = cellStart[c], e = cellStart[c + 1]; i < e; i++) {
                        int v = items[i];
                        if (v == from) {
                            continue;
                        }
                        double d = raw(from, v);
                        size = BoundedHeap.offer(keys, vals, size, k, d, v);
                    }
                }
            }
            if (size == k && keys[0] <= norm.lowerBound(r * cell)) {
                break;
            }
        }
        BoundedHeap.drainSorted(keys, vals, size, out, offset);
    }
}
