package org.cobalt.submodular.streaming;

import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The sieves of a sieve algorithm, indexed by their guess index, plus the best set among those
 * already retired: retiring a guess must not lose a set that is still the best one seen.
 */
final class SieveBank {

    private final TreeMap<Integer, Sieve> sieves = new TreeMap<>();
    private Sieve retired;

    void clear() {
        sieves.clear();
        retired = null;
    }

    /** The sieve of guess index {@code i}, created by {@code factory} on first use. */
    Sieve get(int i, IntFunction<Sieve> factory) {
        return sieves.computeIfAbsent(i, factory::apply);
    }

    Collection<Sieve> active() {
        return sieves.values();
    }

    /** Drops the sieves below index {@code lo}, remembering the best set among them. */
    void retireBelow(int lo) {
        SortedMap<Integer, Sieve> gone = sieves.headMap(lo, false);
        Sieve b = Sieve.best(gone.values());
        if (b != null && (retired == null || b.value() > retired.value())) {
            retired = b;
        }
        gone.clear();
    }

    /** The best set, active or retired (null when there is none). */
    Sieve best() {
        Sieve b = Sieve.best(sieves.values());
        return retired != null && (b == null || retired.value() > b.value()) ? retired : b;
    }

    int[] solution() {
        Sieve b = best();
        return b == null ? new int[0] : b.members.toArray();
    }

    double value() {
        Sieve b = best();
        return b == null ? 0.0 : b.value();
    }

    int size() {
        return sieves.size();
    }
}
