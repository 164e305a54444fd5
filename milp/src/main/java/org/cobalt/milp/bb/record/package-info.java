/**
 * Strong-branching sample recording for imitation learning (Gasse et al. 2019): {@link
 * org.cobalt.milp.bb.record.SampleRecorder} wraps a branching rule and writes, at recorded nodes, the
 * node's bipartite graph features, the candidates, both strong-branching child bounds and the product score
 * of every candidate, the expert's choice and the outcome; {@link org.cobalt.milp.bb.record.SampleReader}
 * reads the files back. The file format is documented in {@link org.cobalt.milp.bb.record.SampleFormat}.
 */
package org.cobalt.milp.bb.record;
