package org.cobalt.neural.pas;

import java.util.Locale;

/**
 * A trust-region size: an absolute count ({@code 1000}) or a share ({@code 60%}) of a base that the
 * caller supplies (the number of binary variables for k0 and k1, the number of selected variables for
 * Delta). Shares make one setting usable across instance sizes.
 *
 * @param value   the count, or the share in [0, 1]
 * @param percent true for a share
 */
public record RegionSize(double value, boolean percent) {

    /** Checks the value. */
    public RegionSize {
        if (percent ? !(value >= 0 && value <= 1) : !(value >= 0 && value == Math.rint(value))) {
            throw new IllegalArgumentException(percent ? "a share must lie in [0%, 100%], got " + value * 100 + "%"
                    : "a count must be a non-negative integer, got " + value);
        }
    }

    /** An absolute count. */
    public static RegionSize count(int n) {
        return new RegionSize(n, false);
    }

    /** A share in [0, 1] of the base. */
    public static RegionSize share(double fraction) {
        return new RegionSize(fraction, true);
    }

    /** Parses {@code 1000} or {@code 60%} (decimals allowed before the percent sign). */
    public static RegionSize parse(String text) {
        String t = text.trim();
        try {
            if (t.endsWith("%")) {
                return share(Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100.0);
            }
            return count(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a count or a percentage: '" + text + "'", e);
        }
    }

    /** The size for a base of {@code base} items: the count (capped at base) or round(share * base). */
    public int resolve(int base) {
        int n = percent ? (int) Math.round(value * base) : (int) value;
        return Math.min(n, base);
    }

    @Override
    public String toString() {
        return percent ? String.format(Locale.ROOT, "%s%%", trim(value * 100)) : Integer.toString((int) value);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
