package org.cobalt.neural.neur2ro;

import java.util.List;

/**
 * Outcome of the learned column-and-constraint generation (before the exact evaluation).
 *
 * @param decision   the final first-stage decision
 * @param predicted  the network's worst-case cost estimate of it over the scenarios found
 * @param iterations master solves
 * @param scenarios  scenarios added
 * @param converged  true when the adversary found no scenario the master had not covered
 * @param masterSeconds     time in master MILPs
 * @param adversarySeconds  time in adversarial MILPs
 * @param seconds    wall time
 * @param binaries   binary variables of the last master (ReLUs, argmax, problem)
 * @param message    why it stopped
 */
public record Neur2roResult(boolean[] decision, double predicted, int iterations, List<double[]> scenarios,
                            boolean converged, double masterSeconds, double adversarySeconds, double seconds,
                            int binaries, String message) {
}
