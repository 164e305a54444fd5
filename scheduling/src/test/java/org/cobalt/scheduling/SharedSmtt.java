package org.cobalt.scheduling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.scheduling.SingleMachineProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Test-side access to the shared SMTT JSON-lines sets (read in place). Parses with Jackson until the
 * instances module's {@code smtt-jsonl} reader is on main.
 */
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
        ObjectMapper mapper = new ObjectMapper();
        List<Instance> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path.get(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                int[] p = ints(node.get("p"));
                int[] d = ints(node.get("d"));
                JsonNode opt = node.get("optimum");
                Long optimum = opt == null || opt.isNull() ? null : opt.asLong();
                out.add(new Instance(SingleMachineProblem.unweighted(node.get("name").asString(), p, d), optimum));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out);
    }

    private static int[] ints(JsonNode array) {
        int[] v = new int[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asInt();
        }
        return v;
    }
}
