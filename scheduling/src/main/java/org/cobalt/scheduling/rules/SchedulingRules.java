package org.cobalt.scheduling.rules;

import java.util.List;
import java.util.Locale;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveOptions;

/** The sequencing rules by id. */
public final class SchedulingRules {

    /** Look-ahead parameter of ATC. */
    public static final ParameterKey<Double> ATC_K = ParameterKey.ofDouble("atc.k", ApparentTardinessCost.DEFAULT_K);

    /** Ids of all rules. */
    public static final List<String> IDS = List.of("edd", "spt", "mdd", "atc", "psk", "panneerselvam", "eddc", "mddc");

    private SchedulingRules() {
    }

    /** The rule with this id, configured from the options (ATC reads {@code atc.k}). */
    public static SequencingRule byId(String id, SolveOptions options) {
        return switch (id.trim().toLowerCase(Locale.ROOT)) {
            case "edd" -> new EarliestDueDate();
            case "spt" -> new ShortestProcessingTime();
            case "mdd" -> new ModifiedDueDate();
            case "atc" -> new ApparentTardinessCost(options.get(ATC_K));
            case "psk" -> new PanwalkarSmithKoulamas();
            case "panneerselvam" -> new Panneerselvam();
            case "eddc" -> new EddChallenger();
            case "mddc" -> new MddChallenger();
            default -> throw new IllegalArgumentException("unknown rule '" + id + "'; known: " + String.join(", ", IDS));
        };
    }
}
