package org.cobalt.neural.coco;

import java.util.Locale;

/**
 * The predictors of the CoCo-MILP experiment: the same network and training code with the competitive
 * layer and the contrastive loss switched on or off.
 */
public enum Variant {
    /** Predict-and-search's predictor: no competitive layer, cross-entropy (Han et al. 2023). */
    PLAIN(false, LossSettings.Kind.BCE),
    /** CoCo-MILP: competitive layer and contrastive loss. */
    COCO(true, LossSettings.Kind.CONTRASTIVE),
    /** Ablation: CoCo-MILP without the competitive layer. */
    COCO_NO_COMPETITION(false, LossSettings.Kind.CONTRASTIVE),
    /** Ablation: CoCo-MILP without the contrastive loss (cross-entropy instead). */
    COCO_NO_CONTRASTIVE(true, LossSettings.Kind.BCE);

    private final boolean competitive;
    private final LossSettings.Kind loss;

    Variant(boolean competitive, LossSettings.Kind loss) {
        this.competitive = competitive;
        this.loss = loss;
    }

    /** Whether the network has the competitive layer. */
    public boolean competitive() {
        return competitive;
    }

    /** The training loss. */
    public LossSettings.Kind loss() {
        return loss;
    }

    /** The id used on the command line and in file names: plain, coco, coco-no-competition, coco-no-contrastive. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses an {@link #id()}. */
    public static Variant parse(String s) {
        for (Variant v : values()) {
            if (v.id().equalsIgnoreCase(s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + s + "': expected plain, coco, coco-no-competition or coco-no-contrastive");
    }
}
