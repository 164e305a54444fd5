package org.cobalt.neural.nn;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named input feature widths (e.g. {@code variable=19, constraint=5, edge=1}). A model file records its
 * schema, and a caller that builds features checks it before feeding data.
 *
 * @param dimensions feature width by input name
 */
public record FeatureSchema(Map<String, Integer> dimensions) {

    /** Copies into a sorted, unmodifiable map. */
    public FeatureSchema {
        dimensions = Collections.unmodifiableMap(new TreeMap<>(dimensions));
    }

    /** A schema from alternating names and widths. */
    public static FeatureSchema of(Object... nameWidth) {
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i + 1 < nameWidth.length; i += 2) {
            m.put((String) nameWidth[i], (Integer) nameWidth[i + 1]);
        }
        return new FeatureSchema(m);
    }
}
