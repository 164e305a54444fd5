package org.cobalt.neural.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cobalt.neural.nn.AttentionConfig;
import org.cobalt.neural.nn.AttentionPolicy;
import org.cobalt.neural.nn.DeepSetConfig;
import org.cobalt.neural.nn.DeepSetModel;
import org.cobalt.neural.nn.EdgeGatedGnn;
import org.cobalt.neural.nn.GatedGnnConfig;
import org.cobalt.neural.nn.GcnnConfig;
import org.cobalt.neural.nn.GcnnPolicy;

/** An immutable set of known architectures; {@link #builtIn()} has every network of this module. */
public final class Architectures {

    private final Map<String, ModelArchitecture<?>> byName;

    private Architectures(Map<String, ModelArchitecture<?>> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The built-in networks: GCNN, edge-gated GNN, deep set, attention pointer. */
    public static Architectures builtIn() {
        Map<String, ModelArchitecture<?>> m = new TreeMap<>();
        put(m, new ModelArchitecture<>(GcnnPolicy.ARCHITECTURE, GcnnConfig.class, GcnnPolicy::new));
        put(m, new ModelArchitecture<>(EdgeGatedGnn.ARCHITECTURE, GatedGnnConfig.class, EdgeGatedGnn::new));
        put(m, new ModelArchitecture<>(DeepSetModel.ARCHITECTURE, DeepSetConfig.class, DeepSetModel::new));
        put(m, new ModelArchitecture<>(AttentionPolicy.ARCHITECTURE, AttentionConfig.class, AttentionPolicy::new));
        return new Architectures(m);
    }

    /** A copy that also knows {@code extra} (e.g. a network defined by another module). */
    public Architectures with(ModelArchitecture<?> extra) {
        Map<String, ModelArchitecture<?>> m = new TreeMap<>(byName);
        put(m, extra);
        return new Architectures(m);
    }

    private static void put(Map<String, ModelArchitecture<?>> m, ModelArchitecture<?> a) {
        if (m.putIfAbsent(a.name(), a) != null) {
            throw new IllegalArgumentException("architecture " + a.name() + " is already registered");
        }
    }

    /** The architecture of that name. */
    public Optional<ModelArchitecture<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Known names, sorted. */
    public java.util.Set<String> names() {
        return new java.util.TreeSet<>(byName.keySet());
    }
}
