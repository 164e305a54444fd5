package org.cobalt.neural.coco;

import java.util.Locale;

/**
 * What a solution predictor is trained to minimise.
 *
 * @param kind        {@link Kind#BCE} (predict-and-search) or {@link Kind#CONTRASTIVE} (CoCo-MILP)
 * @param temperature contrastive temperature tau (0.1 in the paper)
 * @param rankWeight  weight alpha of the ranking term (0.01 in the reference code); contrastive only
 * @param margin      hinge margin of the ranking term on probabilities (0.9 in the reference code)
 * @param rankPairs   positives and negatives sampled per solution for the ranking term (pairs = square)
 * @param seed        seed of the pair sampling
 */
public record LossSettings(Kind kind, double temperature, double rankWeight, double margin, int rankPairs, long seed) {

    /** The two training objectives. */
    public enum Kind {
        /** Solution-weighted binary cross-entropy over the pool (Han et al. 2023). */
        BCE,
        /** CoCo-MILP's inter-variable contrastive loss plus a small ranking term. */
        CONTRASTIVE;

        /** Parses {@code bce} or {@code contrastive}. */
        public static Kind parse(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "bce" -> BCE;
                case "contrastive", "vcl" -> CONTRASTIVE;
                default -> throw new IllegalArgumentException("unknown loss '" + s + "': expected bce or contrastive");
            };
        }
    }

    /** Validates. */
    public LossSettings {
        if (kind == null || !(temperature > 0) || !(rankWeight >= 0) || !(margin >= 0) || rankPairs < 1) {
            throw new IllegalArgumentException("invalid loss settings: " + kind + ", tau " + temperature + ", alpha "
                    + rankWeight + ", margin " + margin + ", pairs " + rankPairs);
        }
    }

    /** The paper's settings for {@code kind}: tau 0.1, alpha 0.01, margin 0.9, 32 x 32 sampled pairs. */
    public static LossSettings paper(Kind kind, long seed) {
        return new LossSettings(kind, 0.1, 0.01, 0.9, 32, seed);
    }
}
