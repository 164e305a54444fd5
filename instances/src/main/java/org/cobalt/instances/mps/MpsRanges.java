package org.cobalt.instances.mps;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The arithmetic of RANGES, shared by reader and writer so that a written range reads back exactly.
 * The side a range moves is computed from the exact values (the right-hand side's double and the
 * range's decimal text) and rounded once. Plain double arithmetic would round twice and cannot
 * reproduce every pair of sides: for [-442.37768888551733, 804.1887255805929] no double range value
 * gives either side back from the other.
 */
final class MpsRanges {

    /** Decimal exponents beyond this fall back to double arithmetic (keeps hostile input cheap). */
    private static final int MAX_SCALE = 1200;
    private static final int MAX_TEXT = 2000;

    private MpsRanges() {
    }

    /** The exact value of a finite range text, or null when it is not worth exact treatment. */
    static BigDecimal exact(String text, double parsed) {
        if (!Double.isFinite(parsed) || Math.abs(parsed) >= MpsNumbers.INFINITY || text.length() > MAX_TEXT) {
            return null;
        }
        BigDecimal r = new BigDecimal(text.replace('d', 'e').replace('D', 'e'));
        return r.scale() > MAX_SCALE || r.scale() < -MAX_SCALE ? null : r;
    }

    /** {@code rhs + delta} rounded once; {@code delta} null means use {@code deltaValue} in double arithmetic. */
    static double shift(double rhs, BigDecimal delta, double deltaValue) {
        if (delta == null || !Double.isFinite(rhs)) {
            return rhs + deltaValue;
        }
        return new BigDecimal(rhs).add(delta).doubleValue();
    }

    /**
     * How to write the ranged row [lo, up]: an {@code L} row (rhs = up, lower = up - |R|) or a
     * {@code G} row (rhs = lo, upper = lo + |R|), with the text of a range R that reproduces the other
     * side exactly under {@link #shift}. Null when lo &gt;= up (a range cannot cross).
     */
    record Encoding(char type, double rhs, String range) {
    }

    static Encoding encode(double lo, double up) {
        if (!(lo < up) || !Double.isFinite(lo) || !Double.isFinite(up)) {
            return null;
        }
        // short candidates first: the double difference and its neighbours
        double r = up - lo;
        for (int k = 0; k < 4 && r > 0; k++, r = Math.nextUp(r)) {
            Encoding e = tryRange(lo, up, MpsNumbers.format(r));
            if (e != null) {
                return e;
            }
        }
        BigDecimal exact = new BigDecimal(up).subtract(new BigDecimal(lo));
        for (int digits = 17; digits <= 40; digits++) {
            Encoding e = tryRange(lo, up, exact.round(new MathContext(digits)).toString());
            if (e != null) {
                return e;
            }
        }
        return new Encoding('L', up, exact.toString());
    }

    private static Encoding tryRange(double lo, double up, String text) {
        BigDecimal r = new BigDecimal(text);
        if (r.signum() <= 0) {
            return null;
        }
        if (shift(up, r.negate(), Double.NaN) == lo) {
            return new Encoding('L', up, text);
        }
        if (shift(lo, r, Double.NaN) == up) {
            return new Encoding('G', lo, text);
        }
        return null;
    }
}
