package org.cobalt.neural.branching;

import java.util.Map;

/**
 * What a collection produced.
 *
 * @param instances    instances in the data set (seeds {@code firstSeed .. lastSeed})
 * @param samples      samples in the data set
 * @param firstSeed    first instance seed
 * @param lastSeed     last instance seed kept ({@code firstSeed - 1} when none)
 * @param statuses     solve statuses of the kept instances, by name
 * @param nodes        branch-and-bound nodes of the kept instances
 * @param solveCpuSeconds thread CPU time of the kept instances' solves (recorded now or in an earlier,
 *                     resumed run)
 * @param wallSeconds  wall time of this run
 * @param resumed      instances taken from an earlier run's ledger
 */
public record CollectReport(long instances, long samples, long firstSeed, long lastSeed, Map<String, Long> statuses,
                            long nodes, double solveCpuSeconds, double wallSeconds, long resumed) {
}
