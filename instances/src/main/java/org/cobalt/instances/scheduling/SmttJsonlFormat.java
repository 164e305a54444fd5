package org.cobalt.instances.scheduling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.tsplib.LineScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Single-machine tardiness instances as JSON lines ({@code .jsonl}), one object per line:
 * {@code {"name": "n20-0000", "p": [...], "d": [...], "optimum": 195}}. {@code p} (positive
 * processing times) and {@code d} (due dates; negative ones are kept, as the public n20 sets have
 * them and their optima count them) are required integer arrays of equal length; {@code w} (non-negative weights) is optional and makes the instance weighted;
 * {@code optimum} is optional (a non-negative integer or null); {@code name} defaults to
 * {@code STEM-K} with K the 0-based index of the line among the non-blank ones. Other fields are
 * ignored; blank lines are skipped; names must be unique within a file.
 *
 * <p>By default an instance the model rejects (a processing time below 1, lengths that differ) makes
 * the whole read fail, naming its line. The lenient variant ({@link #SmttJsonlFormat(boolean)})
 * skips such instances with a warning instead, for files such as the public {@code n20-normal} set,
 * whose normally distributed processing times are sometimes non-positive. Malformed JSON is an error
 * in both modes.
 */
public final class SmttJsonlFormat implements InstanceFormat {

    private static final Logger LOG = LoggerFactory.getLogger(SmttJsonlFormat.class);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final boolean skipInvalid;

    /** The strict format (as registered): any invalid instance fails the read. */
    public SmttJsonlFormat() {
        this(false);
    }

    /**
     * @param skipInvalid skip instances the model rejects (with a warning) instead of failing
     */
    public SmttJsonlFormat(boolean skipInvalid) {
        this.skipInvalid = skipInvalid;
    }

    @Override
    public String id() {
        return "smtt-jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl");
    }

    @Override
    public boolean probe(String head) {
        if (head == null) {
            return false;
        }
        String t = head.stripLeading();
        int end = t.indexOf('\n');
        String first = end < 0 ? t : t.substring(0, end);
        return first.startsWith("{") && first.contains("\"p\"") && first.contains("\"d\"");
    }

    @Override
    public List<Problem> read(BufferedReader in, String source, String name) throws IOException {
        List<Problem> list = new ArrayList<>();
        for (SmttInstance i : readInstances(in, source, name, skipInvalid)) {
            list.add(i.problem());
        }
        return list;
    }

    /**
     * Reads every instance with its optimum.
     *
     * @param defaultName stem for instances without a {@code name}
     * @throws InstanceFormatException on malformed input, naming source, line and reason
     */
    public static List<SmttInstance> readInstances(BufferedReader in, String source, String defaultName) throws IOException {
        return readInstances(in, source, defaultName, false);
    }

    /**
     * Reads every instance with its optimum, optionally skipping (with a warning) instances that the
     * model rejects.
     *
     * @param defaultName stem for instances without a {@code name}
     * @param skipInvalid skip invalid instances instead of failing
     * @throws InstanceFormatException on malformed input, naming source, line and reason
     */
    public static List<SmttInstance> readInstances(BufferedReader in, String source, String defaultName,
            boolean skipInvalid) throws IOException {
        LineScanner sc = new LineScanner(in, source);
        List<SmttInstance> list = new ArrayList<>();
        Map<String, Long> names = new HashMap<>();
        int index = -1;
        int skipped = 0;
        String s;
        while ((s = sc.next()) != null) {
            if (s.isBlank()) {
                continue;
            }
            index++;
            JsonNode node;
            try {
                node = JSON.readTree(s);
            } catch (JacksonException e) {
                throw sc.error("invalid JSON: " + LineScanner.abbreviate(firstLine(e.getOriginalMessage())));
            }
            if (node == null || !node.isObject()) {
                throw sc.error("expected a JSON object per line");
            }
            SmttInstance inst;
            try {
                inst = instance(sc, node, defaultName + "-" + index);
            } catch (InvalidInstance e) {
                if (!skipInvalid) {
                    throw sc.error(e.getMessage());
                }
                LOG.warn("{}:{}: skipping invalid instance: {}", source, sc.line(), e.getMessage());
                skipped++;
                continue;
            }
            Long prev = names.putIfAbsent(inst.problem().name(), sc.line());
            if (prev != null) {
                throw sc.error("instance name " + LineScanner.abbreviate(inst.problem().name())
                        + " used twice (first on line " + prev + ")");
            }
            list.add(inst);
        }
        if (skipped > 0) {
            LOG.warn("{}: skipped {} invalid instance(s), read {}", source, skipped, list.size());
        }
        return list;
    }

    /** The model rejected an instance whose JSON was fine. */
    private static final class InvalidInstance extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidInstance(String message) {
            super(message, null, false, false);
        }
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "syntax error";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static SmttInstance instance(LineScanner sc, JsonNode node, String defaultName)
            throws InstanceFormatException, InvalidInstance {
        JsonNode nameNode = node.get("name");
        String name;
        if (nameNode == null || nameNode.isNull()) {
            name = defaultName;
        } else if (nameNode.isString()) {
            name = nameNode.stringValue();
        } else {
            throw sc.error("\"name\" must be a string");
        }
        int[] p = ints(sc, node, "p", true);
        int[] d = ints(sc, node, "d", true);
        int[] w = ints(sc, node, "w", false);
        OptionalLong optimum = OptionalLong.empty();
        JsonNode opt = node.get("optimum");
        if (opt != null && !opt.isNull()) {
            if (!opt.isIntegralNumber() || !opt.canConvertToLong() || opt.longValue() < 0) {
                throw sc.error("\"optimum\" must be a non-negative integer or null, got " + LineScanner.abbreviate(opt.toString()));
            }
            optimum = OptionalLong.of(opt.longValue());
        }
        try {
            return new SmttInstance(new SingleMachineProblem(name, p, d, w), optimum);
        } catch (IllegalArgumentException e) {
            throw new InvalidInstance(e.getMessage());
        }
    }

    private static int[] ints(LineScanner sc, JsonNode node, String field, boolean required) throws InstanceFormatException {
        JsonNode a = node.get(field);
        if (a == null || a.isNull()) {
            if (required) {
                throw sc.error("missing \"" + field + "\" array");
            }
            return null;
        }
        if (!a.isArray()) {
            throw sc.error("\"" + field + "\" must be an array of integers");
        }
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode e = a.get(i);
            if (!e.isIntegralNumber() || !e.canConvertToInt()) {
                throw sc.error("\"" + field + "\"[" + i + "] must be an integer, got " + LineScanner.abbreviate(e.toString()));
            }
            v[i] = e.intValue();
        }
        return v;
    }

    @Override
    public boolean canWrite(Problem problem) {
        return problem instanceof SingleMachineProblem;
    }

    @Override
    public void write(Problem problem, Writer out) throws IOException {
        if (!(problem instanceof SingleMachineProblem p)) {
            throw new IllegalArgumentException("smtt-jsonl cannot represent " + problem);
        }
        writeInstance(new SmttInstance(p, OptionalLong.empty()), out);
    }

    /** Writes one instance as one line (weights only when the problem is weighted; optimum when known). */
    public static void writeInstance(SmttInstance instance, Writer out) throws IOException {
        SingleMachineProblem p = instance.problem();
        ObjectNode o = JSON.createObjectNode();
        o.put("name", p.name());
        array(o.putArray("p"), p.processingTimes());
        array(o.putArray("d"), p.dueDates());
        if (p.isWeighted()) {
            array(o.putArray("w"), p.weights());
        }
        if (instance.optimum().isPresent()) {
            o.put("optimum", instance.optimum().getAsLong());
        }
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
        out.flush();
    }

    /** Writes several instances, one per line. */
    public static void writeAll(List<SmttInstance> instances, Writer out) throws IOException {
        for (SmttInstance i : instances) {
            writeInstance(i, out);
        }
    }

    private static void array(ArrayNode a, int[] values) {
        for (int v : values) {
            a.add(v);
        }
    }
}
