package org.cobalt.core.solver;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cobalt.core.solution.Solution;

/**
 * Solver-neutral options. Immutable; change one with the {@code with*} methods or build one with
 * {@link #builder()}. Every solver honours the limits it can (a heuristic has no node limit) and
 * takes all randomness from {@link #seed()}.
 *
 * @param timeLimit      wall-clock limit, or null for none
 * @param nodeLimit      branch-and-bound node limit ({@link Long#MAX_VALUE} for none)
 * @param iterationLimit LP iteration / heuristic iteration limit ({@link Long#MAX_VALUE} for none)
 * @param relativeGap    stop when {@code |primal - dual| <= relativeGap * |primal|}; 0 asks for proven optimality
 * @param absoluteGap    stop when {@code |primal - dual| <= absoluteGap}
 * @param seed           the only source of randomness
 * @param threads        threads the solver may use (1 = deterministic)
 * @param verbose        let the solver print its own log
 * @param parameters     solver-specific parameters, read through {@link ParameterKey}s
 * @param warmStart      a known solution the solver may start from (MIP start, initial tour or
 *                       sequence), or null; solvers that cannot use one ignore it
 */
public record SolveOptions(Duration timeLimit, long nodeLimit, long iterationLimit, double relativeGap,
                           double absoluteGap, long seed, int threads, boolean verbose,
                           Map<String, String> parameters, Solution warmStart) {

    /** Defaults: no limits, gap 0 (prove optimality), seed 0, one thread, quiet. */
    public static final SolveOptions DEFAULT = builder().build();

    public SolveOptions {
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
        if (nodeLimit < 0 || iterationLimit < 0) {
            throw new IllegalArgumentException("limits must be non-negative");
        }
        if (!(relativeGap >= 0) || !(absoluteGap >= 0)) {
            throw new IllegalArgumentException("gaps must be non-negative numbers");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The time limit, if any. */
    public Optional<Duration> timeLimitOptional() {
        return Optional.ofNullable(timeLimit);
    }

    /** The time limit in seconds, or {@code Double.POSITIVE_INFINITY}. */
    public double timeLimitSeconds() {
        return timeLimit == null ? Double.POSITIVE_INFINITY : timeLimit.toNanos() / 1e9;
    }

    /** Value of a solver-specific parameter, or the key's default. */
    public <T> T get(ParameterKey<T> key) {
        String raw = parameters.get(key.name());
        return raw == null ? key.defaultValue() : key.parse(raw);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, nodeLimit, iterationLimit, relativeGap, absoluteGap, seed, threads, verbose, parameters, warmStart);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, nodeLimit, iterationLimit, relativeGap, absoluteGap, newSeed, threads, verbose, parameters, warmStart);
    }

    public SolveOptions withThreads(int n) {
        return new SolveOptions(timeLimit, nodeLimit, iterationLimit, relativeGap, absoluteGap, seed, n, verbose, parameters, warmStart);
    }

    public SolveOptions withNodeLimit(long limit) {
        return new SolveOptions(timeLimit, limit, iterationLimit, relativeGap, absoluteGap, seed, threads, verbose, parameters, warmStart);
    }

    /** A copy with one solver-specific parameter set. */
    public SolveOptions withParameter(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new SolveOptions(timeLimit, nodeLimit, iterationLimit, relativeGap, absoluteGap, seed, threads, verbose, p, warmStart);
    }

    /** A copy with a warm-start solution (null removes it). */
    public SolveOptions withWarmStart(Solution start) {
        return new SolveOptions(timeLimit, nodeLimit, iterationLimit, relativeGap, absoluteGap, seed, threads, verbose, parameters, start);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeLimit = timeLimit;
        b.nodeLimit = nodeLimit;
        b.iterationLimit = iterationLimit;
        b.relativeGap = relativeGap;
        b.absoluteGap = absoluteGap;
        b.seed = seed;
        b.threads = threads;
        b.verbose = verbose;
        b.parameters.putAll(parameters);
        b.warmStart = warmStart;
        return b;
    }

    /** Builder with the documented defaults. */
    public static final class Builder {
        private Duration timeLimit;
        private long nodeLimit = Long.MAX_VALUE;
        private long iterationLimit = Long.MAX_VALUE;
        private double relativeGap;
        private double absoluteGap;
        private long seed;
        private int threads = 1;
        private boolean verbose;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private Solution warmStart;

        private Builder() {
        }

        public Builder timeLimit(Duration d) {
            this.timeLimit = d;
            return this;
        }

        public Builder timeLimitSeconds(double seconds) {
            this.timeLimit = Duration.ofNanos((long) (seconds * 1e9));
            return this;
        }

        public Builder nodeLimit(long n) {
            this.nodeLimit = n;
            return this;
        }

        public Builder iterationLimit(long n) {
            this.iterationLimit = n;
            return this;
        }

        public Builder relativeGap(double g) {
            this.relativeGap = g;
            return this;
        }

        public Builder absoluteGap(double g) {
            this.absoluteGap = g;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder threads(int t) {
            this.threads = t;
            return this;
        }

        public Builder verbose(boolean v) {
            this.verbose = v;
            return this;
        }

        public Builder parameter(String name, String value) {
            parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public <T> Builder parameter(ParameterKey<T> key, T value) {
            return parameter(key.name(), String.valueOf(value));
        }

        public SolveOptions build() {
            return new SolveOptions(timeLimit, nodeLimit, iterationLimit, relativeGap, absoluteGap, seed, threads, verbose, parameters, warmStart);
        }
    }
}
