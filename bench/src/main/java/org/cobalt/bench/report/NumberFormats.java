package org.cobalt.bench.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Compact, locale-independent number formatting for terminal output. */
public final class NumberFormats {

    private NumberFormats() {
    }

    /**
     * An objective-like value: integers without a fraction ({@code 3089}), other values with up to
     * 10 significant digits and no trailing zeros ({@code 0.5000000017}); "-" for NaN, "inf"/"-inf"
     * for infinities.
     */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = new BigDecimal(String.format(Locale.ROOT, "%.10g", v)).stripTrailingZeros().toPlainString();
        return s.length() > 18 ? String.format(Locale.ROOT, "%.9e", v) : s;
    }

    /** Seconds with three decimals below 100 s and one above ({@code 0.123}, {@code 312.4}); "-" for NaN. */
    public static String seconds(double s) {
        if (Double.isNaN(s)) {
            return "-";
        }
        return String.format(Locale.ROOT, s < 100 ? "%.3f" : "%.1f", s);
    }

    /** A relative gap as a percentage ({@code 0.0123} gives {@code 1.23 %}); "-" when unknown or infinite. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
    }
}
