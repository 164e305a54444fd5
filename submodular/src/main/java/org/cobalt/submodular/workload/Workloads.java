package org.cobalt.submodular.workload;

import java.util.Locale;

/** Workloads by name, for the command line. */
public final class Workloads {

    /** Names {@link #parse} accepts. */
    public static final String NAMES = "insertion-only, sliding-window, random-deletions, adversarial";

    private Workloads() {
    }

    /**
     * {@code insertion-only}; {@code sliding-window} (window {@code window});
     * {@code random-deletions[:p]} (default p 0.3); {@code adversarial[:fraction]} (default 0.5 of
     * the ground set as adversarial deletion rounds).
     */
    public static Workload parse(String spec, int window) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        String arg = null;
        int colon = s.indexOf(':');
        if (colon > 0) {
            arg = s.substring(colon + 1);
            s = s.substring(0, colon);
        }
        try {
            return switch (s) {
                case "insertion-only" -> new InsertionOnlyWorkload();
                case "sliding-window" -> new SlidingWindowWorkload(arg == null ? window : Integer.parseInt(arg));
                case "random-deletions" -> new RandomDeletionWorkload(arg == null ? 0.3 : Double.parseDouble(arg));
                case "adversarial" -> new AdversarialDeletionWorkload(arg == null ? 0.5 : Double.parseDouble(arg));
                default -> throw new IllegalArgumentException("unknown workload '" + spec + "'; known: " + NAMES);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("workload '" + spec + "': cannot read parameter '" + arg + "'");
        }
    }
}
