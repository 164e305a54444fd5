package org.cobalt.neural.branching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.branching.ReliabilityBranching;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.LearnedComponent;
import org.cobalt.neural.runtime.ModelFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cobalt-bb with the imitation-learned GCNN brancher ({@link GcnnBranching}), id {@value #ID}. Everything
 * else is cobalt-bb ({@link CobaltBbSolver}: presolve, node selection, heuristics, verification of the
 * result); the {@code cobalt-bb.*} parameters apply, except {@code cobalt-bb.branching}, which this solver
 * ignores with a warning. The model comes from {@link GcnnParameters#MODEL} or the shipped one; when it is
 * missing or corrupt the solve runs with reliability pseudocost branching and logs one warning
 * ({@link LearnedComponent}), and the result's counter {@code gcnnLearned} is 0.
 *
 * <p>Counters added to cobalt-bb's: {@code gcnnLearned} (1 when the model was used),
 * {@code gcnnInferences} (forward passes), {@code gcnnInferenceMillis} (their wall time, featurizing
 * included) and {@code gcnnFallbackNodes} (nodes decided by the fallback rule).
 */
public final class GcnnBbSolver extends LearnedBranchingBbSolver {

    /** The solver id. */
    public static final String ID = "cobalt-bb-gcnn";
    private static final Logger LOG = LoggerFactory.getLogger(GcnnBbSolver.class);

    private final java.util.function.Supplier<? extends InferenceBackend> backends;

    /** cobalt-bb's default settings, inference on the device {@link Backends#open()} picks. */
    public GcnnBbSolver() {
        this(BbSettings.defaults(), Backends::open);
    }

    /** {@code base} with the GCNN as branching rule, inference backends from {@code backends}. */
    public GcnnBbSolver(BbSettings base, java.util.function.Supplier<? extends InferenceBackend> backends) {
        super(ID, base, "gcnn", "GCNN model");
        this.backends = backends;
    }

    /** The branching rule of one solve: the GCNN when the model loads, else reliability pseudocost branching. */
    @Override
    protected LearnedComponent<BranchingRule> loadRule(SolveOptions options) {
        String configured = options.get(GcnnParameters.MODEL);
        if (!configured.isBlank()) {
            return load(Optional.of(Path.of(configured)));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("cobalt-gcnn");
            Optional<Path> bundled = GcnnModels.extractBundled(tmp);
            if (bundled.isEmpty()) {
                LOG.warn("{}: this build ships no GCNN model ({}); set {}", ID, GcnnModels.BUNDLED, GcnnParameters.MODEL.name());
            }
            return load(bundled);
        } catch (IOException e) {
            LOG.warn("{}: cannot unpack the shipped model: {}", ID, e.toString());
            return load(Optional.empty());
        } finally {
            deleteQuietly(tmp);
        }
    }

    private LearnedComponent<BranchingRule> load(Optional<Path> file) {
        return LearnedComponent.loadOrFallback(ID + " branching rule", file, new ModelFiles(), GcnnPolicy.class,
                GcnnFeaturizer.SCHEMA, policy -> new GcnnBranching(policy, backends), ReliabilityBranching::new);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", dir, e.toString());
        }
    }
}
