package org.cobalt.milp.lp;

/**
 * An opaque saved state of one {@link LpSolver} (basis, steepest-edge weights, factorization mark,
 * status), for {@link LpSolver#restore}. Only valid for the solver that made it and while its
 * numbers of rows and columns are unchanged.
 */
public final class Checkpoint {

    final Object owner;
    final int rows;
    final byte[] status;
    final int[] basicIndex;
    final double[] dseWeight;
    final long generation;
    final int etaMark;
    final LpStatus lpStatus;

    Checkpoint(Object owner, int rows, byte[] status, int[] basicIndex, double[] dseWeight, long generation,
               int etaMark, LpStatus lpStatus) {
        this.owner = owner;
        this.rows = rows;
        this.status = status;
        this.basicIndex = basicIndex;
        this.dseWeight = dseWeight;
        this.generation = generation;
        this.etaMark = etaMark;
        this.lpStatus = lpStatus;
    }
}
