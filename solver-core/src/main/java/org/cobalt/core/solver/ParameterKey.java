package org.cobalt.core.solver;

import java.util.Objects;
import java.util.function.Function;

/**
 * A typed, solver-specific parameter: the escape hatch beside the solver-neutral options. Values
 * travel as strings (so they can come from the command line or a JSON record) and are parsed by the
 * key that reads them; a malformed value is an {@link IllegalArgumentException} naming the key.
 *
 * <pre>{@code
 * static final ParameterKey<Integer> PRESOLVE_ROUNDS = ParameterKey.ofInt("cobalt-bb.presolve.rounds", 10);
 * int rounds = options.get(PRESOLVE_ROUNDS);
 * }</pre>
 *
 * @param name         dotted name, conventionally prefixed with the solver id
 * @param parser       parses the string form
 * @param defaultValue value when the options do not set the key
 * @param <T>          value type
 */
public record ParameterKey<T>(String name, Function<String, T> parser, T defaultValue) {

    public ParameterKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parser, "parser");
        if (name.isBlank() || name.contains("=")) {
            throw new IllegalArgumentException("invalid parameter name '" + name + "'");
        }
    }

    public static ParameterKey<Integer> ofInt(String name, int defaultValue) {
        return new ParameterKey<>(name, s -> Integer.parseInt(s.trim()), defaultValue);
    }

    public static ParameterKey<Long> ofLong(String name, long defaultValue) {
        return new ParameterKey<>(name, s -> Long.parseLong(s.trim()), defaultValue);
    }

    public static ParameterKey<Double> ofDouble(String name, double defaultValue) {
        return new ParameterKey<>(name, s -> Double.parseDouble(s.trim()), defaultValue);
    }

    public static ParameterKey<Boolean> ofBoolean(String name, boolean defaultValue) {
        return new ParameterKey<>(name, s -> switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + s);
        }, defaultValue);
    }

    public static ParameterKey<String> ofString(String name, String defaultValue) {
        return new ParameterKey<>(name, s -> s, defaultValue);
    }

    /** Parses a raw value, wrapping parse failures in an exception that names this key. */
    public T parse(String raw) {
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("parameter " + name + ": cannot read '" + raw + "' (" + e.getMessage() + ")", e);
        }
    }
}
