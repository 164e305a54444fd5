package org.cobalt.neural.pas;

/**
 * Predict-and-search trust-region settings (Han et al. 2023): fix the search near the prediction on the
 * {@code k0} binaries most confidently predicted 0 and the {@code k1} most confidently predicted 1, and
 * let at most {@code delta} of them take the other value. The paper's settings are counts, e.g. set cover
 * (1000, 0, 200) and combinatorial auctions (400, 0, 40); shares scale them to other instance sizes.
 *
 * @param k0    binaries predicted 0 that enter the region (share of the binaries, or a count)
 * @param k1    binaries predicted 1 that enter the region (share of the binaries, or a count)
 * @param delta how many of the selected binaries may flip (share of k0 + k1, or a count)
 */
public record RegionSettings(RegionSize k0, RegionSize k1, RegionSize delta) {

    /** Null checks. */
    public RegionSettings {
        if (k0 == null || k1 == null || delta == null) {
            throw new IllegalArgumentException("k0, k1 and delta must all be given");
        }
    }

    /** Parses three sizes, e.g. {@code ("1000", "0", "200")} or {@code ("80%", "0%", "10%")}. */
    public static RegionSettings parse(String k0, String k1, String delta) {
        return new RegionSettings(RegionSize.parse(k0), RegionSize.parse(k1), RegionSize.parse(delta));
    }

    @Override
    public String toString() {
        return "(k0=" + k0 + ", k1=" + k1 + ", delta=" + delta + ")";
    }
}
