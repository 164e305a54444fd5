/** Primal heuristics that belong to the engine itself (simple rounding at every node). */
package org.cobalt.milp.bb.heuristics;
