package org.cobalt.milp.bb.engine;

import org.cobalt.milp.lp.Basis;

/**
 * A parent's basis shared by its children: stored once, dropped when the last child that needs it was
 * taken from the queue, and counted against the engine's basis memory budget.
 */
final class SharedBasis {

    final Basis basis;
    final long bytes;
    int users;

    SharedBasis(Basis basis, int users) {
        this.basis = basis;
        this.bytes = 48L + basis.numColumns() + basis.numRows();
        this.users = users;
    }
}
