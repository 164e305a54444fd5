package org.cobalt.core.milp;

/**
 * The shape of a row {@code lower <= a.x <= upper}, derived from which of its sides are finite.
 */
public enum RowSense {
    /** {@code a.x <= upper}; lower is -infinity. */
    LE,
    /** {@code a.x >= lower}; upper is +infinity. */
    GE,
    /** {@code a.x == lower == upper}. */
    EQ,
    /** {@code lower <= a.x <= upper}, both finite and different. */
    RANGE,
    /** Both sides infinite: the row constrains nothing. */
    FREE;

    /** Classifies a row from its two sides. */
    public static RowSense of(double lower, double upper) {
        boolean lo = lower != Double.NEGATIVE_INFINITY;
        boolean up = upper != Double.POSITIVE_INFINITY;
        if (lo && up) {
            return lower == upper ? EQ : RANGE;
        }
        if (lo) {
            return GE;
        }
        return up ? LE : FREE;
    }
}
