package org.cobalt.neural.udc;

import java.util.ArrayList;
import java.util.List;

/**
 * How UDC cuts a tour into sub-problems and glues them back: the tour is read from position
 * {@code offset} on and cut into consecutive blocks of {@code size} nodes; each block is an open path
 * whose two end nodes stay where they are, so the edges between blocks (and the closing edge) are kept
 * and any re-ordering of a block's inner nodes gives a valid tour again. A remainder too short to
 * improve (fewer than 4 nodes) joins the block before it. Shifting {@code offset} between rounds moves
 * the cut points, so edges fixed in one round can change in the next.
 *
 * @param n      tour length
 * @param offset tour position of the first block's first node
 * @param starts first position of each block, counted from {@code offset}
 * @param ends   one past the last position of each block, counted from {@code offset}
 */
public record TourWindows(int n, int offset, int[] starts, int[] ends) {

    /** The smallest block worth re-optimizing: with 3 nodes and fixed ends nothing can move. */
    public static final int MIN_BLOCK = 4;

    /**
     * Cuts a tour of {@code n} nodes into blocks of {@code size} starting at position {@code offset}.
     *
     * @param size nodes per block (at least {@link #MIN_BLOCK})
     */
    public static TourWindows cut(int n, int offset, int size) {
        if (size < MIN_BLOCK) {
            throw new IllegalArgumentException("sub-problems need at least " + MIN_BLOCK + " nodes, got " + size);
        }
        if (n < 0 || offset < 0 || (n > 0 && offset >= n)) {
            throw new IllegalArgumentException("offset " + offset + " is not a position of a tour of " + n);
        }
        List<int[]> blocks = new ArrayList<>();
        for (int s = 0; s < n; s += size) {
            blocks.add(new int[] {s, Math.min(n, s + size)});
        }
        if (blocks.size() > 1) {
            int[] lastBlock = blocks.getLast();
            if (lastBlock[1] - lastBlock[0] < MIN_BLOCK) {
                blocks.removeLast();
                blocks.getLast()[1] = n;
            }
        }
        int[] st = new int[blocks.size()];
        int[] en = new int[blocks.size()];
        for (int i = 0; i < st.length; i++) {
            st[i] = blocks.get(i)[0];
            en[i] = blocks.get(i)[1];
        }
        return new TourWindows(n, offset, st, en);
    }

    /** Number of blocks. */
    public int count() {
        return starts.length;
    }

    /** Nodes in block {@code b}. */
    public int length(int b) {
        return ends[b] - starts[b];
    }

    /** Block {@code b} of {@code tour} as a path (a new array). */
    public int[] extract(int[] tour, int b) {
        requireTour(tour);
        int[] p = new int[length(b)];
        for (int i = 0; i < p.length; i++) {
            p[i] = tour[(offset + starts[b] + i) % n];
        }
        return p;
    }

    /** All blocks of {@code tour}. */
    public List<int[]> extractAll(int[] tour) {
        List<int[]> out = new ArrayList<>(count());
        for (int b = 0; b < count(); b++) {
            out.add(extract(tour, b));
        }
        return out;
    }

    /**
     * Writes {@code path} back into block {@code b} of {@code tour} in place. The path must hold the
     * block's nodes with the same first and last node; this is checked, since a wrong write would
     * silently break the tour.
     */
    public void writeBack(int[] tour, int b, int[] path) {
        requireTour(tour);
        int[] old = extract(tour, b);
        if (path.length != old.length || path[0] != old[0] || path[path.length - 1] != old[old.length - 1]) {
            throw new IllegalArgumentException("block " + b + ": the new path must keep the block's length and ends");
        }
        int[] a = old.clone();
        int[] c = path.clone();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(c);
        if (!java.util.Arrays.equals(a, c)) {
            throw new IllegalArgumentException("block " + b + ": the new path visits other nodes than the block");
        }
        for (int i = 0; i < path.length; i++) {
            tour[(offset + starts[b] + i) % n] = path[i];
        }
    }

    private void requireTour(int[] tour) {
        if (tour.length != n) {
            throw new IllegalArgumentException("tour has " + tour.length + " nodes, the windows were cut for " + n);
        }
    }
}
