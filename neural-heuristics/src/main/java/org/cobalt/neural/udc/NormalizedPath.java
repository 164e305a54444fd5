package org.cobalt.neural.udc;

/**
 * A sub-problem's coordinates as UDC's conquer policy sees them: shifted so the smallest x and y are 0,
 * x and y exchanged when the y-range is the larger one, and divided by the larger range, so that every
 * sub-problem fills the unit square the policy was trained on whatever the instance's scale. Lengths
 * in these coordinates are the original Euclidean lengths divided by {@link #scale()}.
 *
 * @param xy    [x0, y0, x1, y1, ...] in [0, 1]
 * @param scale the divisor applied (the larger coordinate range; 1 for a single point)
 */
public record NormalizedPath(float[] xy, double scale) {

    /** Number of nodes. */
    public int size() {
        return xy.length / 2;
    }

    /** The nodes {@code path} of {@code points}, normalised. */
    public static NormalizedPath of(PlanarPoints points, int[] path) {
        int m = path.length;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v : path) {
            minX = Math.min(minX, points.x()[v]);
            maxX = Math.max(maxX, points.x()[v]);
            minY = Math.min(minY, points.y()[v]);
            maxY = Math.max(maxY, points.y()[v]);
        }
        double rx = maxX - minX;
        double ry = maxY - minY;
        boolean swap = ry > rx;
        double scale = Math.max(rx, ry);
        if (!(scale > 0)) {
            scale = 1;
        }
        float[] xy = new float[2 * m];
        for (int i = 0; i < m; i++) {
            double u = (points.x()[path[i]] - minX) / scale;
            double w = (points.y()[path[i]] - minY) / scale;
            xy[2 * i] = (float) (swap ? w : u);
            xy[2 * i + 1] = (float) (swap ? u : w);
        }
        return new NormalizedPath(xy, scale);
    }

    /** Euclidean distance between local nodes {@code i} and {@code j}. */
    public double distance(int i, int j) {
        double dx = xy[2 * i] - xy[2 * j];
        double dy = xy[2 * i + 1] - xy[2 * j + 1];
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Length of the open path visiting local nodes in {@code order}. */
    public double pathLength(int[] order) {
        double s = 0;
        for (int i = 1; i < order.length; i++) {
            s += distance(order[i - 1], order[i]);
        }
        return s;
    }
}
