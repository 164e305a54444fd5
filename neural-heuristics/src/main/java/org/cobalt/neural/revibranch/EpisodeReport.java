package org.cobalt.neural.revibranch;

/**
 * One training episode.
 *
 * @param episode     index
 * @param instance    instance name
 * @param nodes       B&amp;B nodes of the solve
 * @param decisions   branching decisions recorded
 * @param epsilon     exploration probability used
 * @param meanLoss    mean TD loss of the gradient steps after it (NaN when none ran)
 * @param millis      wall time of solve plus training
 */
public record EpisodeReport(int episode, String instance, long nodes, int decisions, double epsilon, double meanLoss,
                            long millis) {
}
