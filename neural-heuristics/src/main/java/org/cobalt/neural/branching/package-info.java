/**
 * The imitation-learned GCNN brancher for cobalt-bb (Gasse et al., "Exact Combinatorial Optimization with
 * Graph Convolutional Neural Networks", NeurIPS 2019), end to end: the featurizer
 * ({@link org.cobalt.neural.branching.GcnnFeaturizer}), strong-branching sample collection on generated
 * instances ({@link org.cobalt.neural.branching.SampleCollector}), training
 * ({@link org.cobalt.neural.branching.ImitationTraining}), top-k accuracy
 * ({@link org.cobalt.neural.branching.ImitationAccuracy}), the branching rule
 * ({@link org.cobalt.neural.branching.GcnnBranching}) and the solver {@code cobalt-bb-gcnn}
 * ({@link org.cobalt.neural.branching.GcnnBbSolver}). See docs/gcnn-brancher.md.
 */
package org.cobalt.neural.branching;
