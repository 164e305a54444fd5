package org.cobalt.routing;

import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.Metric;

/**
 * The plain coordinate norm under which a {@link CoordinateMetric}'s distance is non-decreasing.
 * Spatial search ranks points by this raw norm, which orders them exactly as the (rounded) metric
 * does, up to ties; GEO distances have no such planar norm.
 */
enum PlanarNorm {
    /** Squared Euclidean distance (EUC_2D, CEIL_2D, EXACT_2D, ATT). */
    EUCLIDEAN {
        @Override
        double raw(double dx, double dy) {
            return dx * dx + dy * dy;
        }

        @Override
        double lowerBound(double coordinateGap) {
            return coordinateGap * coordinateGap;
        }
    },
    /** L1 distance (MAN_2D). */
    MANHATTAN {
        @Override
        double raw(double dx, double dy) {
            return Math.abs(dx) + Math.abs(dy);
        }

        @Override
        double lowerBound(double coordinateGap) {
            return coordinateGap;
        }
    },
    /** L-infinity distance (MAX_2D). */
    CHEBYSHEV {
        @Override
        double raw(double dx, double dy) {
            return Math.max(Math.abs(dx), Math.abs(dy));
        }

        @Override
        double lowerBound(double coordinateGap) {
            return coordinateGap;
        }
    };

    /** Raw distance of a coordinate difference; monotone with the metric's distance. */
    abstract double raw(double dx, double dy);

    /** Smallest raw distance of a point whose x or y differs by at least {@code coordinateGap}. */
    abstract double lowerBound(double coordinateGap);

    /** The planar norm of a metric, or null when it has none (GEO, explicit matrices, views). */
    static PlanarNorm of(Metric metric) {
        if (!(metric instanceof CoordinateMetric c)) {
            return null;
        }
        return of(c.type());
    }

    static PlanarNorm of(EdgeWeightType type) {
        return switch (type) {
            case EUC_2D, CEIL_2D, EXACT_2D, ATT -> EUCLIDEAN;
            case MAN_2D -> MANHATTAN;
            case MAX_2D -> CHEBYSHEV;
            case GEO -> null;
        };
    }
}
