/**
 * Classical branching rules: {@link org.cobalt.milp.bb.branching.MostFractional},
 * {@link org.cobalt.milp.bb.branching.PseudocostBranching}, {@link org.cobalt.milp.bb.branching.StrongBranching}
 * (full strong branching) and {@link org.cobalt.milp.bb.branching.ReliabilityBranching} (SCIP-like
 * reliability pseudocost branching).
 */
package org.cobalt.milp.bb.branching;
