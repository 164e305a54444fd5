/** Node selectors: {@link org.cobalt.milp.bb.selection.BestBound}, {@link org.cobalt.milp.bb.selection.DepthFirst},
 * {@link org.cobalt.milp.bb.selection.BestEstimateWithPlunging}. */
package org.cobalt.milp.bb.selection;
