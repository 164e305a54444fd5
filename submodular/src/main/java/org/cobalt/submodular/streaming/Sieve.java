package org.cobalt.submodular.streaming;

import org.cobalt.submodular.oracle.OracleState;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/** One candidate set of a sieve algorithm: its guess or threshold, its counted state and members. */
final class Sieve {

    final double level;
    final OracleState state;
    final IntArrayList members = new IntArrayList();

    Sieve(double level, OracleState state) {
        this.level = level;
        this.state = state;
    }

    void add(int e) {
        state.add(e);
        members.add(e);
    }

    int size() {
        return members.size();
    }

    double value() {
        return state.value();
    }

    /** The best of the given sieves by value (null when there is none). */
    static Sieve best(Iterable<Sieve> sieves) {
        Sieve best = null;
        for (Sieve s : sieves) {
            if (best == null || s.value() > best.value()) {
                best = s;
            }
        }
        return best;
    }
}
