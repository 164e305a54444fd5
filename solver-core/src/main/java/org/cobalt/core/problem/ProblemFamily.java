package org.cobalt.core.problem;

/** The problem families cobalt knows; reports group results by family. */
public enum ProblemFamily {
    /** Mixed-integer (or pure) linear programs. */
    MILP,
    /** Symmetric or asymmetric travelling salesman. */
    TSP,
    /** Capacitated vehicle routing. */
    CVRP,
    /** Single-machine scheduling (total (weighted) tardiness). */
    SCHEDULING,
    /** Monotone submodular maximization. */
    SUBMODULAR,
    /** Two-stage robust optimization. */
    ROBUST;

    /** Lower-case id as used in files and on the command line. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
