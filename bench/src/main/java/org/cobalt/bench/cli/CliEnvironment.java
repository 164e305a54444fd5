package org.cobalt.bench.cli;

import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cobalt.bench.batch.BatchSettings;
import org.cobalt.bench.batch.WorkerLauncher;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.instances.solution.SolutionFiles;

/**
 * What the commands work against: the solver registry (loaded on first use, so {@code --help} stays
 * fast), solution-file I/O and how batch workers are launched. Tests substitute their own.
 *
 * @param registry        supplies the solver registry
 * @param solutionSink    writes solution files
 * @param solutionSource  reads solution files
 * @param workerLaunchers builds the worker command line for batch settings
 */
public record CliEnvironment(Supplier<SolverRegistry> registry, SolutionSink solutionSink,
                             SolutionSource solutionSource, Function<BatchSettings, WorkerLauncher> workerLaunchers) {

    public CliEnvironment {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(solutionSink, "solutionSink");
        Objects.requireNonNull(solutionSource, "solutionSource");
        Objects.requireNonNull(workerLaunchers, "workerLaunchers");
    }

    /** The environment of the installed CLI: solvers from the class path, workers from this JVM. */
    public static CliEnvironment standard() {
        return new CliEnvironment(memoize(CliEnvironment::loadRegistry), SolutionFiles::write, SolutionFiles::read,
                WorkerLauncher::forCurrentJvm);
    }

    /** The class path's solvers; a provider listed in META-INF/services that cannot load is a clear failure. */
    static SolverRegistry loadRegistry() {
        try {
            return SolverRegistry.load();
        } catch (ServiceConfigurationError e) {
            throw CliFailure.failure("cannot load the registered solvers: " + e.getMessage()
                    + " (the class path is incomplete or stale; rebuild cobalt)");
        }
    }

    /** The same environment with another registry. */
    public CliEnvironment withRegistry(SolverRegistry r) {
        return new CliEnvironment(() -> r, solutionSink, solutionSource, workerLaunchers);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
