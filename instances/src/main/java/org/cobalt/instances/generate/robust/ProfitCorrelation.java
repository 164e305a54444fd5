package org.cobalt.instances.generate.robust;

import java.util.Locale;

/**
 * Item classes of the robust knapsack sets of Arslan and Detienne (the {@code UN}, {@code WC},
 * {@code ASC}, {@code SC} parts of the public file names): how nominal profit and repair weight
 * relate to the weight.
 */
public enum ProfitCorrelation {
    /** Uncorrelated. */
    UN,
    /** Weakly correlated. */
    WC,
    /** Almost strongly correlated. */
    ASC,
    /** Strongly correlated. */
    SC;

    /** Parses {@code un}, {@code WC}, ... case-insensitively. */
    public static ProfitCorrelation parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown correlation '" + s + "'; expected UN, WC, ASC or SC", e);
        }
    }
}
