package org.cobalt.milp.bb.engine;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.milp.bb.spi.Cut;

/**
 * The cut rows currently in the LP, in LP row order after the model's rows (LP row
 * {@code modelRows + k} is cut {@code k}), with the consecutive rounds each has been slack.
 */
final class CutRows {

    private final List<Cut> cuts = new ArrayList<>();
    private int[] slackAge = new int[16];

    int size() {
        return cuts.size();
    }

    Cut get(int k) {
        return cuts.get(k);
    }

    int slackAge(int k) {
        return slackAge[k];
    }

    void setSlackAge(int k, int age) {
        slackAge[k] = age;
    }

    void add(Cut cut) {
        if (cuts.size() == slackAge.length) {
            slackAge = java.util.Arrays.copyOf(slackAge, slackAge.length * 2);
        }
        slackAge[cuts.size()] = 0;
        cuts.add(cut);
    }

    /** Removes the cuts whose flags are set, keeping the order of the rest. */
    void removeFlagged(boolean[] remove) {
        List<Cut> kept = new ArrayList<>(cuts.size());
        int[] ages = new int[Math.max(16, slackAge.length)];
        for (int k = 0; k < cuts.size(); k++) {
            if (!remove[k]) {
                ages[kept.size()] = slackAge[k];
                kept.add(cuts.get(k));
            }
        }
        cuts.clear();
        cuts.addAll(kept);
        slackAge = ages;
    }
}
