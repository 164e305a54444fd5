package org.cobalt.core.routing;

import java.util.Arrays;
import java.util.Objects;

/** Distances computed from 2-D node coordinates under a TSPLIB convention. */
public final class CoordinateMetric implements Metric {

    private static final double TSPLIB_PI = 3.141592;
    private static final double EARTH_RADIUS = 6378.388;

    private final EdgeWeightType type;
    private final double[] x;
    private final double[] y;
    private final double[] latitude;
    private final double[] longitude;

    /**
     * @param type distance convention
     * @param x    first coordinate of every node (for {@link EdgeWeightType#GEO}: latitude as DDD.MM)
     * @param y    second coordinate of every node (for GEO: longitude as DDD.MM)
     */
    public CoordinateMetric(EdgeWeightType type, double[] x, double[] y) {
        this.type = Objects.requireNonNull(type, "type");
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x-coordinates but " + y.length + " y-coordinates");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("node " + i + " has coordinates (" + x[i] + ", " + y[i] + ")");
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        if (type == EdgeWeightType.GEO) {
            latitude = new double[x.length];
            longitude = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                latitude[i] = geoRadians(x[i]);
                longitude[i] = geoRadians(y[i]);
            }
        } else {
            latitude = null;
            longitude = null;
        }
    }

    private static double geoRadians(double v) {
        // TSPLIB: deg = nint(x) is specified, but the reference code truncates; truncation is what every
        // published optimum uses.
        double deg = (int) v;
        double min = v - deg;
        return TSPLIB_PI * (deg + 5.0 * min / 3.0) / 180.0;
    }

    public EdgeWeightType type() {
        return type;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Copy of the first coordinates. */
    public double[] xs() {
        return x.clone();
    }

    /** Copy of the second coordinates. */
    public double[] ys() {
        return y.clone();
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public double distance(int i, int j) {
        double dx = x[i] - x[j];
        double dy = y[i] - y[j];
        return switch (type) {
            case EUC_2D -> nint(Math.sqrt(dx * dx + dy * dy));
            case CEIL_2D -> Math.ceil(Math.sqrt(dx * dx + dy * dy));
            case EXACT_2D -> Math.sqrt(dx * dx + dy * dy);
            case MAN_2D -> nint(Math.abs(dx) + Math.abs(dy));
            case MAX_2D -> Math.max(nint(Math.abs(dx)), nint(Math.abs(dy)));
            case ATT -> {
                double r = Math.sqrt((dx * dx + dy * dy) / 10.0);
                double t = nint(r);
                yield t < r ? t + 1.0 : t;
            }
            case GEO -> {
                if (i == j) {
                    yield 0.0;
                }
                double q1 = Math.cos(longitude[i] - longitude[j]);
                double q2 = Math.cos(latitude[i] - latitude[j]);
                double q3 = Math.cos(latitude[i] + latitude[j]);
                yield (int) (EARTH_RADIUS * Math.acos(0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3)) + 1.0);
            }
        };
    }

    private static double nint(double v) {
        return (long) (v + 0.5);
    }

    @Override
    public boolean isSymmetric() {
        return true;
    }

    @Override
    public boolean isIntegral() {
        return type != EdgeWeightType.EXACT_2D;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoordinateMetric m && type == m.type && Arrays.equals(x, m.x) && Arrays.equals(y, m.y);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(x) + 7 * Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "CoordinateMetric[" + type + ", " + size() + " nodes]";
    }
}
