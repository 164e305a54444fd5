package org.cobalt.neural.udc;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.LearnedComponent;
import org.cobalt.neural.udc.cvrp.ClassicalGroupConqueror;
import org.cobalt.neural.udc.cvrp.GroupConqueror;
import org.cobalt.neural.udc.cvrp.NeuralGroupConqueror;
import org.cobalt.neural.udc.model.HeatmapNetwork;
import org.cobalt.neural.udc.model.PathPolicy;
import org.cobalt.neural.udc.model.UdcModels;
import org.cobalt.routing.tsp.Construction;
import org.cobalt.routing.tsp.LocalSearchConfig;

/**
 * The divide and conquer strategies of one UDC solve, chosen from the options: learned ones when their
 * model files load ({@link LearnedComponent}, one warning and the classical default otherwise), the
 * inference backend they share (opened only when a model is in use), and the classical ones on request.
 * Close it to free the backend.
 */
public final class UdcComponents implements AutoCloseable {

    private final SolveOptions options;
    private final long seed;
    private InferenceBackend backend;
    private String notes = "";

    /** Components for one solve with {@code options}. */
    public UdcComponents(SolveOptions options) {
        this.options = options;
        this.seed = options.seed();
    }

    /** What fell back to a classical default and why (empty when nothing did). */
    public String notes() {
        return notes;
    }

    private InferenceBackend backend() {
        if (backend == null) {
            backend = Backends.open();
        }
        return backend;
    }

    private String kind(org.cobalt.core.solver.ParameterKey<String> key) {
        return options.get(key).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether {@link UdcParameters#CONQUER} asks for the learned conquer (and is valid). */
    private boolean neuralConquer() {
        String kind = kind(UdcParameters.CONQUER);
        return switch (kind) {
            case "neural" -> true;
            case "classical" -> false;
            default -> throw new IllegalArgumentException(UdcParameters.CONQUER.name() + ": unknown conquer '" + kind
                    + "'; known: neural, classical");
        };
    }

    /** The learned path conqueror, or empty (with a note and a warning) when its model does not load. */
    private Optional<PathConqueror> neuralPathConqueror() {
        return learned("UDC conquer policy", UdcParameters.CONQUER_MODEL, UdcModels.CONQUER, PathPolicy.class,
                p -> new NeuralPathConqueror(p, backend(), options.get(UdcParameters.SAMPLES), seed ^ 0x5DEECE66DL));
    }

    /** The TSP conqueror named by {@link UdcParameters#CONQUER}. */
    public PathConqueror conqueror() {
        if (neuralConquer()) {
            return neuralPathConqueror().orElseGet(this::classicalConqueror);
        }
        return classicalConqueror();
    }

    public PathConqueror classicalConqueror() {
        int k = options.get(UdcParameters.NEIGHBORS);
        return new ClassicalPathConqueror(LocalSearchConfig.DEFAULT.withNeighbors(k),
                options.get(UdcParameters.CLASSICAL_KICKS), seed ^ 0x9E3779B97F4A7C15L);
    }

    /** The CVRP conqueror named by {@link UdcParameters#CONQUER}. */
    public GroupConqueror groupConqueror() {
        if (neuralConquer()) {
            Optional<PathConqueror> p = neuralPathConqueror();
            if (p.isPresent()) {
                return new NeuralGroupConqueror(p.get());
            }
        }
        return new ClassicalGroupConqueror(options.get(UdcParameters.CVRP_ITERATIONS),
                options.get(UdcParameters.CVRP_NEIGHBORS), seed ^ 0x9E3779B97F4A7C15L);
    }

    /** The divide strategy named by {@link UdcParameters#DIVIDE}, lower case. */
    public String divideKind() {
        return kind(UdcParameters.DIVIDE);
    }

    /** The learned divide network, or empty (with a note and a warning) when its model does not load. */
    public Optional<TourDivider> heatmapDivider() {
        return learned("UDC divide network", UdcParameters.DIVIDE_MODEL, UdcModels.DIVIDE, HeatmapNetwork.class,
                net -> new HeatmapTourDivider(net, backend()));
    }

    /** The TSP divider named by {@link UdcParameters#DIVIDE}. */
    public TourDivider divider() {
        String kind = divideKind();
        if (kind.equals("neural")) {
            return heatmapDivider().orElseGet(() -> new ClassicalTourDivider(Construction.RANDOM_INSERTION));
        }
        return new ClassicalTourDivider(Construction.fromId(kind));
    }

    private <M extends NeuralModel<?>, C> Optional<C> learned(String what, org.cobalt.core.solver.ParameterKey<String> key,
            String bundled, Class<M> type, Function<? super M, ? extends C> learned) {
        String v = options.get(key).trim();
        Optional<Path> file;
        Path extracted = null;
        if (v.equalsIgnoreCase("none")) {
            file = Optional.empty();
        } else if (v.isEmpty()) {
            file = UdcModels.extractBundled(bundled);
            extracted = file.orElse(null);
        } else {
            file = Optional.of(Path.of(v));
        }
        try {
            LearnedComponent<Optional<C>> c = LearnedComponent.loadOrFallback(what, file, UdcModels.files(), type, null,
                    m -> Optional.of(learned.apply(m)), Optional::empty);
            if (!c.isLearned()) {
                String why = c.fallbackReason().orElse("?");
                if (file.isEmpty() && v.isEmpty()) {
                    why = "no model shipped";
                }
                notes += (notes.isEmpty() ? "" : "; ") + what + " not used (" + key.name() + ": " + why
                        + "), classical default";
            }
            return c.get();
        } finally {
            if (extracted != null) {
                UdcModels.deleteExtracted(extracted);
            }
        }
    }

    @Override
    public void close() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }
}
