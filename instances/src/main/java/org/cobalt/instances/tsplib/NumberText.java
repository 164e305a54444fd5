package org.cobalt.instances.tsplib;

/**
 * Writes numbers so that {@link LineScanner#parseDouble} reads back the identical double: integral
 * values without a fraction ({@code 1380}), others in the shortest form that round-trips
 * ({@link Double#toString}). Negative zero is written {@code -0} so that it survives a round trip too.
 */
public final class NumberText {

    private static final double EXACT_LONG = 9.0e15;

    private NumberText() {
    }

    /**
     * @throws IllegalArgumentException for NaN and infinities, which the readers reject
     */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot write the non-finite number " + v);
        }
        if (v == 0.0) {
            return Double.doubleToRawLongBits(v) == 0L ? "0" : "-0";
        }
        if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
