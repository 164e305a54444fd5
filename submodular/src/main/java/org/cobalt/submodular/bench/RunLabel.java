package org.cobalt.submodular.bench;

/**
 * What one dynamic run was: dataset, workload, algorithm and its parameters.
 *
 * @param dataset   instance name
 * @param workload  workload id
 * @param algorithm algorithm id
 * @param k         cardinality bound
 * @param eps       accuracy parameter
 * @param seed      algorithm seed (the workload seed is the same unless stated otherwise)
 */
public record RunLabel(String dataset, String workload, String algorithm, int k, double eps, long seed) {
}
