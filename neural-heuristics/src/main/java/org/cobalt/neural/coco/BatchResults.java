package org.cobalt.neural.coco;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the CoCo-MILP benchmark needs from {@code cobalt batch} result files (JSON lines): the best
 * verified objective per instance over several files, the reference values for primal gaps and
 * integrals in {@code cobalt compare --optima}; solution pools ({@code cobalt coco collect}) of the test
 * instances can add their best solution to that reference.
 */
public final class BatchResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BatchResults() {
    }

    /**
     * The best verified objective per instance name over all lines of {@code files} (lines with
     * {@code verified: true} only), in the instance's own sense.
     */
    public static Map<String, Double> bestKnown(List<Path> files) throws IOException {
        return bestKnown(files, List.of());
    }

    /**
     * Like {@link #bestKnown(List)}, also taking the best solution of every non-empty solution pool
     * ({@code *.pool}) directly in {@code poolFolders}; pools hold solutions verified when they were
     * collected ({@code cobalt coco collect}), e.g. longer reference solves of the test instances.
     */
    public static Map<String, Double> bestKnown(List<Path> files, List<Path> poolFolders) throws IOException {
        Map<String, Double> best = new TreeMap<>();
        Map<String, Boolean> maximize = new TreeMap<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode n = parse(f, i, lines.get(i));
                if (n == null || !n.path("verified").asBoolean(false) || !n.path("verifiedObjective").isNumber()) {
                    continue;
                }
                offer(best, maximize, n.path("instance").asString(), n.path("verifiedObjective").asDouble(),
                        "maximize".equals(n.path("sense").asString(null)));
            }
        }
        for (Path dir : poolFolders) {
            if (!Files.isDirectory(dir)) {
                throw new IOException("not a folder of solution pools: " + dir);
            }
            List<Path> pools;
            try (Stream<Path> s = Files.list(dir)) {
                pools = s.filter(p -> p.getFileName().toString().endsWith(SolutionPoolFile.EXTENSION)).sorted().toList();
            }
            for (Path p : pools) {
                SolutionPool pool = SolutionPoolFile.read(p);
                if (!pool.isEmpty()) {
                    offer(best, maximize, pool.instance(), pool.objective(0), pool.maximize());
                }
            }
        }
        return best;
    }

    private static void offer(Map<String, Double> best, Map<String, Boolean> maximize, String instance, double v, boolean max) {
        Boolean known = maximize.putIfAbsent(instance, max);
        boolean m = known == null ? max : known;
        best.merge(instance, v, (a, b) -> m ? Math.max(a, b) : Math.min(a, b));
    }

    /** Writes {@code name,bks} CSV (the format {@code cobalt compare --optima} reads). */
    public static void writeCsv(Map<String, Double> values, Path out) throws IOException {
        StringBuilder sb = new StringBuilder("name,bks\n");
        values.forEach((k, v) -> sb.append(k).append(',').append(format(v)).append('\n'));
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static JsonNode parse(Path f, int i, String line) throws IOException {
        try {
            JsonNode n = JSON.readTree(line);
            return n != null && n.isObject() ? n : null;
        } catch (JacksonException e) {
            throw new IOException(f + ":" + (i + 1) + ": not a JSON result line: " + e.getOriginalMessage(), e);
        }
    }
}
