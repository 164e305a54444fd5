package org.cobalt.neural.pas;

import java.util.Locale;

/** What predict-and-search does when the trust-region solve ends before the time limit. */
public enum FinishMode {
    /**
     * Spend the remaining time on the full model, warm-started with the region's best solution: the
     * final answer can then be proven optimal for the original problem (cobalt's default).
     */
    FULL,
    /** Stop after the region solve, as Han et al. (2023) do: the answer is never proven optimal. */
    REGION;

    /** Parses {@code full} or {@code region} (any case). */
    public static FinishMode parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "full" -> FULL;
            case "region" -> REGION;
            default -> throw new IllegalArgumentException("expected full or region, got '" + s + "'");
        };
    }
}
