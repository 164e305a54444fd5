package org.cobalt.neural.neur2ro;

/**
 * Settings of the learned column-and-constraint generation.
 *
 * @param objective     how the master uses the network: {@link Objective#ARGMAX} (the Neur2RO
 *                      code's default: the network picks the worst scenario, the master optimises
 *                      the true recourse for it) or {@link Objective#VALUE} (the master minimises
 *                      the network's value directly)
 * @param maxIterations master solves at most (the paper: 50 scenarios at most)
 * @param tolerance     stop when the adversary's predicted value exceeds the master's by at most
 *                      this relative amount (the paper: 1e-4)
 * @param masterGap     relative gap of the master MILPs (the paper: 1e-3)
 * @param adversaryGap  relative gap of the adversarial MILPs (the paper: 1e-3)
 * @param subproblemSeconds time limit of a single master or adversarial MILP
 */
public record Neur2roConfig(Objective objective, int maxIterations, double tolerance, double masterGap,
                            double adversaryGap, double subproblemSeconds) {

    /** How the master problem uses the network. */
    public enum Objective {
        ARGMAX,
        VALUE
    }

    public Neur2roConfig {
        if (maxIterations < 1 || !(tolerance >= 0) || !(masterGap >= 0) || !(adversaryGap >= 0)
                || !(subproblemSeconds > 0)) {
            throw new IllegalArgumentException("invalid Neur2RO configuration");
        }
    }

    public static Neur2roConfig defaults() {
        return new Neur2roConfig(Objective.ARGMAX, 50, 1e-4, 1e-3, 1e-3, 180);
    }
}
