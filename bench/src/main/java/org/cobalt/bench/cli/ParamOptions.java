package org.cobalt.bench.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** {@code --param KEY=VALUE}...: solver-specific parameters, passed through to the solvers as strings. */
public final class ParamOptions {

    @Option(names = "--param", paramLabel = "KEY=VALUE", showDefaultValue = Visibility.NEVER,
            description = "Solver-specific parameter, repeatable (e.g. --param cobalt-bb.presolve.rounds=5). "
                    + "Each solver reads the keys it knows, conventionally prefixed with its id.")
    Map<String, String> params = new LinkedHashMap<>();

    /** The parameters in command-line order. */
    public Map<String, String> params() {
        for (String k : params.keySet()) {
            if (k.isBlank()) {
                throw CliFailure.usage("--param needs KEY=VALUE with a non-empty key");
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
