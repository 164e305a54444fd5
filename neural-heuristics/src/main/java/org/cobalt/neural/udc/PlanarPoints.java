package org.cobalt.neural.udc;

import java.util.Optional;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.Metric;

/**
 * The planar coordinates behind a routing metric: what UDC's networks see (they read positions, not
 * distances). Only Euclidean-type TSPLIB conventions qualify; GEO, Manhattan, maximum-norm and
 * explicit matrices have no coordinates a network trained on Euclidean points could use.
 *
 * @param x first coordinates
 * @param y second coordinates
 */
public record PlanarPoints(double[] x, double[] y) {

    /** Checks the arrays. */
    public PlanarPoints {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x-coordinates but " + y.length + " y-coordinates");
        }
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    /** The coordinates of {@code metric} if it is Euclidean-like (EUC_2D, CEIL_2D, EXACT_2D, ATT). */
    public static Optional<PlanarPoints> of(Metric metric) {
        if (metric instanceof CoordinateMetric c && isEuclidean(c.type())) {
            return Optional.of(new PlanarPoints(c.xs(), c.ys()));
        }
        return Optional.empty();
    }

    /** Why {@link #of} gives nothing for {@code metric}, or null when it has coordinates. */
    public static String unsupportedReason(Metric metric) {
        if (!(metric instanceof CoordinateMetric c)) {
            return "UDC needs node coordinates; this instance has an explicit distance matrix";
        }
        if (!isEuclidean(c.type())) {
            return "UDC needs Euclidean-type coordinates (EUC_2D, CEIL_2D, EXACT_2D, ATT), not " + c.type();
        }
        return null;
    }

    private static boolean isEuclidean(EdgeWeightType t) {
        return t == EdgeWeightType.EUC_2D || t == EdgeWeightType.CEIL_2D || t == EdgeWeightType.EXACT_2D
                || t == EdgeWeightType.ATT;
    }

    /** Euclidean distance between points {@code i} and {@code j}. */
    public double euclidean(int i, int j) {
        return Math.hypot(x[i] - x[j], y[i] - y[j]);
    }
}
