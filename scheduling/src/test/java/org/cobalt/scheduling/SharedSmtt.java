package org.cobalt.scheduling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.instances.Instances;
import org.cobalt.instances.scheduling.SmttJsonlFormat;

/** Test-side access to the shared SMTT JSON-lines sets (read in place with the {@code smtt-jsonl} reader). */
public final class SharedSmtt {

    /** One instance and its published optimum (null when the set has none). */
    public record Instance(SingleMachineProblem problem, Long optimum) {
    }

    private SharedSmtt() {
    }

    /** The instances of {@code scheduling/smtt/<file>}, or empty when the shared data is absent. */
    public static Optional<List<Instance>> load(String file) {
        Optional<Path> path = SharedData.resolve("scheduling/smtt/" + file);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try (BufferedReader in = Instances.open(path.get())) {
            return Optional.of(SmttJsonlFormat.readInstances(in, path.get().toString(), file).stream()
                    .map(i -> new Instance(i.problem(), i.optimum().isPresent() ? i.optimum().getAsLong() : null))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
