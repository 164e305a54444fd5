package org.cobalt.milp.reference;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPSolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OR-Tools native libraries, loaded once per JVM (holder idiom: the JVM's class initialisation
 * makes the load thread-safe and runs it at most once). A failed load is recorded as one message,
 * logged once, and reported through {@link #unavailableReason(String)} instead of being thrown at
 * every solve.
 *
 * <p>Besides loading, construction asks each bundled MPSolver backend for its version, so that
 * {@code SolverProvider.version()} is cheap afterwards and a backend missing from the build is
 * detected up front.
 */
public final class OrToolsRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(OrToolsRuntime.class);

    /** MPSolver ids of the backends cobalt wraps. */
    static final List<String> BACKENDS = List.of("SCIP", "CBC", "GLOP");

    private static final class Holder {
        static final OrToolsRuntime SHARED = new OrToolsRuntime(Loader::loadNativeLibraries);
    }

    private final String failure;
    private final String version;
    private final Map<String, String> solverVersions;
    private final Map<String, String> solverFailures;

    /**
     * Loads with the given loader; package-private so that tests can simulate a failed load.
     *
     * @param loader loads the native libraries, throwing on failure
     */
    OrToolsRuntime(Runnable loader) {
        Objects.requireNonNull(loader, "loader");
        String fail = null;
        String ver = "unavailable";
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        try {
            loader.run();
            ver = OrToolsVersion.getVersionString();
            for (String backend : BACKENDS) {
                MPSolver probe = MPSolver.createSolver(backend);
                if (probe == null) {
                    failures.put(backend, "this OR-Tools build (" + ver + ") has no " + backend + " backend");
                } else {
                    try {
                        versions.put(backend, probe.solverVersion());
                    } finally {
                        probe.delete();
                    }
                }
            }
        } catch (RuntimeException | LinkageError e) {
            fail = "OR-Tools native libraries failed to load: " + e;
            LOG.warn("{} (the scip, cbc and glop solvers are unavailable)", fail);
        }
        this.failure = fail;
        this.version = ver;
        this.solverVersions = Map.copyOf(versions);
        this.solverFailures = Map.copyOf(failures);
    }

    /** The runtime shared by every solver in this JVM; the first call loads the libraries. */
    public static OrToolsRuntime shared() {
        return Holder.SHARED;
    }

    /** True when the native libraries loaded. */
    public boolean isLoaded() {
        return failure == null;
    }

    /** Null when the backend (MPSolver id such as {@code SCIP}) can run; otherwise why not. */
    public String unavailableReason(String backend) {
        if (failure != null) {
            return failure;
        }
        return solverFailures.get(backend);
    }

    /** The OR-Tools version, e.g. {@code 9.15.6755}, or {@code unavailable}. */
    public String version() {
        return version;
    }

    /** The backend's own version string, e.g. {@code SCIP 10.0.0 [LP solver: SoPlex 8.0.0]}. */
    public String solverVersion(String backend) {
        String v = solverVersions.get(backend);
        return v == null ? "unavailable" : v + " (OR-Tools " + version + ")";
    }
}
