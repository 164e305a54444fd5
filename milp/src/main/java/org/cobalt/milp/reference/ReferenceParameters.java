package org.cobalt.milp.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveOptions;

/**
 * The {@code <id>.*} entries of {@link SolveOptions#parameters()} for one backend, split into
 * cobalt-level switches (such as {@code scip.probe}) and engine parameters passed through verbatim
 * (such as {@code scip.limits/nodes}). Entries of other solvers are ignored; an entry under this
 * backend's prefix that is neither is an error, so that typos do not pass silently.
 */
final class ReferenceParameters {

    /** Switch shared by all backends: resolve ambiguous infeasible/unbounded verdicts with a feasibility solve. */
    static final String PROBE = "probe";

    private final String prefix;
    private final Map<String, String> own;
    private final List<Map.Entry<String, String>> nativeEntries;

    private ReferenceParameters(String prefix, Map<String, String> own, List<Map.Entry<String, String>> nativeEntries) {
        this.prefix = prefix;
        this.own = own;
        this.nativeEntries = nativeEntries;
    }

    /**
     * Splits the options' parameters for this backend.
     *
     * @throws IllegalArgumentException naming the first entry that is neither a cobalt switch nor
     *                                  an engine parameter
     */
    static ReferenceParameters parse(Backend backend, SolveOptions options) {
        String prefix = backend.id() + ".";
        Map<String, String> own = new LinkedHashMap<>();
        List<Map.Entry<String, String>> nat = new ArrayList<>();
        for (Map.Entry<String, String> e : options.parameters().entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String name = e.getKey().substring(prefix.length());
            if (name.equals(PROBE) || backend.ownParameters().contains(name)) {
                own.put(name, e.getValue());
            } else if (backend.isNativeParameter(name)) {
                nat.add(Map.entry(name, e.getValue()));
            } else {
                throw new IllegalArgumentException("unknown parameter " + e.getKey() + " for solver " + backend.id()
                        + ": " + backend.nativeParameterHint());
            }
        }
        return new ReferenceParameters(prefix, own, List.copyOf(nat));
    }

    /**
     * A cobalt-level boolean switch.
     *
     * @throws IllegalArgumentException when its value is not a boolean
     */
    boolean flag(String name, boolean defaultValue) {
        String raw = own.get(name);
        return raw == null ? defaultValue : ParameterKey.ofBoolean(prefix + name, defaultValue).parse(raw);
    }

    /** Engine parameters in the order given: name without prefix, raw value. */
    List<Map.Entry<String, String>> nativeEntries() {
        return nativeEntries;
    }

    boolean hasNativeEntries() {
        return !nativeEntries.isEmpty();
    }
}
