package org.cobalt.bench.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.instances.InstanceFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads batch result files (JSON lines) into {@link Run}s. */
public final class RunReader {

    private final ObjectMapper mapper = JsonMapper.builder().build();

    /**
     * Reads every line of every file. Blank lines are skipped; an incomplete last line (a run killed
     * mid-write) is skipped with no error; any other malformed line is an error naming file and line.
     */
    public List<Run> read(List<Path> files) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (Path f : files) {
            List<String> lines;
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                lines = in.lines().toList();
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    runs.add(parse(mapper.readTree(line)));
                } catch (JacksonException e) {
                    if (i == lines.size() - 1) {
                        continue; // torn last line of an interrupted batch
                    }
                    throw new InstanceFormatException(f.toString(), i + 1, "not a JSON result record: " + e.getOriginalMessage());
                } catch (IllegalArgumentException e) {
                    throw new InstanceFormatException(f.toString(), i + 1, e.getMessage());
                }
            }
        }
        return runs;
    }

    /** Parses one record. */
    Run parse(JsonNode n) {
        String solver = text(n, "solver");
        String instance = text(n, "instance");
        if (solver == null || instance == null) {
            throw new IllegalArgumentException("record lacks 'solver' or 'instance'");
        }
        String key = text(n, "key");
        String problemId;
        if (key != null && key.contains("|")) {
            problemId = key.substring(0, key.indexOf('|'));
        } else {
            String file = text(n, "file");
            problemId = (file == null ? "" : file + "#") + instance;
        }
        JsonNode inc = n.path("incumbents");
        int k = inc.isArray() ? inc.size() : 0;
        double[] times = new double[k];
        double[] values = new double[k];
        for (int i = 0; i < k; i++) {
            times[i] = num(inc.path(i), 0);
            values[i] = num(inc.path(i), 1);
        }
        String family = text(n, "family");
        String sense = text(n, "sense");
        return new Run(problemId, instance, family == null ? "unknown" : family, solver, n.path("seed").asLong(0),
                text(n, "status") == null ? "ERROR" : text(n, "status"), num(n, "objective"), num(n, "bound"),
                num(n, "time"), num(n, "timeLimit"), n.path("nodes").isNumber() ? n.path("nodes").asLong() : -1,
                bool(n, "verified"), bool(n, "referenceMatch"), num(n, "reference"), text(n, "referenceKind"),
                "maximize".equalsIgnoreCase(sense), times, values);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    private static double num(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static double num(JsonNode arr, int index) {
        JsonNode v = arr.path(index);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static Boolean bool(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isBoolean() ? v.asBoolean() : null;
    }
}
