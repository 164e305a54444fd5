package org.cobalt.neural.runtime;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.NeuralModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A component (a branching rule, a divide policy, ...) that uses a trained model when its model file
 * loads and otherwise falls back to its classical default, logging one SLF4J warning with the reason.
 * Solvers hold one of these instead of handling model errors themselves.
 *
 * @param <C> the component type shared by the learned and the classical variant
 */
public final class LearnedComponent<C> {

    private static final Logger LOG = LoggerFactory.getLogger(LearnedComponent.class);
    private final C component;
    private final boolean learned;
    private final String fallbackReason;

    private LearnedComponent(C component, boolean learned, String fallbackReason) {
        this.component = component;
        this.learned = learned;
        this.fallbackReason = fallbackReason;
    }

    /**
     * Loads {@code modelFile} as a {@code type} model with features {@code expected} and wraps it with
     * {@code learned}; on any {@link ModelFileException} (or when no file is configured) returns
     * {@code classical.get()} and logs a warning naming the file and the problem.
     *
     * @param what      the component's name in the warning, e.g. "ReviBranch branching rule"
     * @param modelFile the model config file, or empty when none is configured
     */
    public static <M extends NeuralModel<?>, C> LearnedComponent<C> loadOrFallback(String what, Optional<Path> modelFile,
            ModelFiles files, Class<M> type, FeatureSchema expected, Function<? super M, ? extends C> learned,
            Supplier<? extends C> classical) {
        Objects.requireNonNull(classical, "a learned component needs a classical fallback");
        if (modelFile.isEmpty()) {
            String reason = "no model file configured";
            LOG.warn("{}: {}, using the classical default", what, reason);
            return new LearnedComponent<>(classical.get(), false, reason);
        }
        try {
            M model = files.load(modelFile.get(), type, expected);
            return new LearnedComponent<>(learned.apply(model), true, null);
        } catch (ModelFileException e) {
            LOG.warn("{}: cannot use model {} ({}), using the classical default", what, e.getMessage(), e.kind());
            return new LearnedComponent<>(classical.get(), false, e.getMessage());
        }
    }

    /** The component to use. */
    public C get() {
        return component;
    }

    /** Whether it is the learned variant. */
    public boolean isLearned() {
        return learned;
    }

    /** Why the classical default is used (empty when learned). */
    public Optional<String> fallbackReason() {
        return Optional.ofNullable(fallbackReason);
    }
}
