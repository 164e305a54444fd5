package org.cobalt.bench.compare;

/** Looks up reference values by instance name (e.g. from a MIPLIB .solu file); null when unknown. */
@FunctionalInterface
public interface ReferenceSource {

    /** Knows nothing: references then come from the records or the best run. */
    ReferenceSource NONE = instance -> null;

    ObjectiveReference find(String instance);
}
