/**
 * Monotone submodular maximization under a cardinality constraint: set functions with marginal
 * gains ({@code function}), the oracle-call counter every algorithm goes through ({@code oracle}),
 * static algorithms ({@code statics}), insertion-only streaming ({@code streaming}), fully dynamic
 * algorithms ({@code dynamic}), update workloads ({@code workload}), data loaders and synthetic
 * generators ({@code data}) and the benchmark runner ({@code bench}).
 */
package org.cobalt.submodular;
