package org.cobalt.instances.mps;

/**
 * Strict number syntax shared by the MPS reader and writer. {@link Double#parseDouble} alone is too
 * lenient for user input (it accepts {@code 1d}, {@code 0x1p3}, {@code NaN}, surrounding blanks), so
 * the text is checked first.
 */
final class MpsNumbers {

    /** Bounds, right-hand sides and ranges at or beyond this magnitude mean "infinite". */
    static final double INFINITY = 1e30;

    private MpsNumbers() {
    }

    /**
     * Parses {@code [+-]digits[.digits][(e|E|d|D)[+-]digits]} or {@code [+-]inf[inity]}; returns
     * {@code null} when the text is not such a number. Overflow gives an infinite value.
     */
    static Double parse(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i < n && (s.charAt(i) == 'i' || s.charAt(i) == 'I')) {
            String rest = s.substring(i);
            if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
                return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return null;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        boolean fortran = false;
        if (i < n) {
            char e = s.charAt(i);
            if (e != 'e' && e != 'E' && e != 'd' && e != 'D') {
                return null;
            }
            fortran = e == 'd' || e == 'D';
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0 || i != n) {
                return null;
            }
        }
        String text = fortran ? s.replace('d', 'e').replace('D', 'e') : s;
        return Double.parseDouble(text);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Maps magnitudes at or beyond {@link #INFINITY} to the infinities. */
    static double clampInfinite(double v) {
        if (v >= INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (v <= -INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return v;
    }

    /** Shortest text that parses back to exactly {@code v}; integers without a fraction. */
    static String format(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "1e+30";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-1e+30";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
