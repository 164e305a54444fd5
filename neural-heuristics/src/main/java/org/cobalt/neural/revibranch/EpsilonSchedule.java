package org.cobalt.neural.revibranch;

/**
 * Linear ε decay from {@code start} to {@code end} over {@code decayEpisodes} episodes, then constant.
 *
 * @param start         ε of episode 0
 * @param end           final ε
 * @param decayEpisodes episodes of the decay
 */
public record EpsilonSchedule(double start, double end, int decayEpisodes) {

    /** Validates the range. */
    public EpsilonSchedule {
        if (start < 0 || start > 1 || end < 0 || end > 1 || decayEpisodes < 0) {
            throw new IllegalArgumentException("invalid epsilon schedule " + start + " -> " + end + " / " + decayEpisodes);
        }
    }

    /** ε of episode {@code episode}. */
    public double epsilon(int episode) {
        if (decayEpisodes == 0 || episode >= decayEpisodes) {
            return end;
        }
        return start + (end - start) * episode / decayEpisodes;
    }
}
