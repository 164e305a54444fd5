package org.cobalt.neural.neur2ro;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes Neur2RO models as one JSON file: {@code formatVersion}, {@code architecture},
 * {@code kind}, the feature scaler, the five networks (sizes, weights {@code [layer][out][in]},
 * biases) and training notes. Doubles are written in Java's shortest round-trip form, so a model
 * read back predicts bit for bit the same values. Any defect is one {@link Neur2roModelException}.
 */
public final class Neur2roModelFile {

    public static final int FORMAT_VERSION = 1;
    public static final String ARCHITECTURE = "neur2ro-set-encoder";
    private static final String[] PARTS = {"decisionEmbed", "decisionPost", "scenarioEmbed", "scenarioPost", "value"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Neur2roModelFile() {
    }

    public static void write(Neur2roModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(model));
    }

    public static String toJson(Neur2roModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("architecture", ARCHITECTURE);
        root.put("kind", model.kind());
        root.put("aggregation", model.network().aggregation().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode sc = root.putObject("scaler");
        array(sc.putArray("decisionMin"), model.scaler().decisionMin());
        array(sc.putArray("decisionRange"), model.scaler().decisionRange());
        array(sc.putArray("scenarioMin"), model.scaler().scenarioMin());
        array(sc.putArray("scenarioRange"), model.scaler().scenarioRange());
        ObjectNode nets = root.putObject("networks");
        SetEncoderNetwork n = model.network();
        Mlp[] mlps = {n.xEmbed(), n.xPost(), n.xiEmbed(), n.xiPost(), n.value()};
        for (int k = 0; k < PARTS.length; k++) {
            ObjectNode m = nets.putObject(PARTS[k]);
            ArrayNode sizes = m.putArray("sizes");
            for (int s : mlps[k].sizes()) {
                sizes.add(s);
            }
            ArrayNode w = m.putArray("weights");
            ArrayNode b = m.putArray("biases");
            for (int l = 0; l < mlps[k].layers(); l++) {
                ArrayNode layer = w.addArray();
                for (int o = 0; o < mlps[k].size(l + 1); o++) {
                    ArrayNode row = layer.addArray();
                    for (int i = 0; i < mlps[k].size(l); i++) {
                        row.add(mlps[k].weight(l, o, i));
                    }
                }
                ArrayNode bl = b.addArray();
                for (int o = 0; o < mlps[k].size(l + 1); o++) {
                    bl.add(mlps[k].bias(l, o));
                }
            }
        }
        ObjectNode t = root.putObject("training");
        model.training().forEach(t::put);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void array(ArrayNode a, double[] v) {
        for (double d : v) {
            a.add(d);
        }
    }

    public static Neur2roModel read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new Neur2roModelException(file.toString(), "cannot read the model file (" + e + ")", e);
        }
        return parse(text, file.toString());
    }

    /** Reads a model shipped as a class-path resource. */
    public static Neur2roModel readResource(String resource) {
        try (InputStream in = Neur2roModelFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new Neur2roModelException(resource, "no such class-path resource");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new Neur2roModelException(resource, "cannot read the resource (" + e + ")", e);
        }
    }

    public static Neur2roModel parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new Neur2roModelException(source, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new Neur2roModelException(source, "not a JSON object");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new Neur2roModelException(source, "formatVersion " + root.path("formatVersion")
                    + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        if (!ARCHITECTURE.equals(root.path("architecture").asString(""))) {
            throw new Neur2roModelException(source, "architecture must be " + ARCHITECTURE);
        }
        String kind = root.path("kind").asString("");
        if (kind.isEmpty()) {
            throw new Neur2roModelException(source, "missing kind");
        }
        try {
            JsonNode sc = root.path("scaler");
            FeatureScaler scaler = new FeatureScaler(doubles(sc.path("decisionMin"), source, "scaler.decisionMin"),
                    doubles(sc.path("decisionRange"), source, "scaler.decisionRange"),
                    doubles(sc.path("scenarioMin"), source, "scaler.scenarioMin"),
                    doubles(sc.path("scenarioRange"), source, "scaler.scenarioRange"));
            Mlp[] mlps = new Mlp[PARTS.length];
            for (int k = 0; k < PARTS.length; k++) {
                mlps[k] = mlp(root.path("networks").path(PARTS[k]), source, PARTS[k]);
            }
            SetEncoderNetwork.Aggregation agg;
            try {
                agg = SetEncoderNetwork.Aggregation.valueOf(root.path("aggregation").asString("").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Neur2roModelException(source, "aggregation must be sum or mean");
            }
            SetEncoderNetwork net = new SetEncoderNetwork(mlps[0], mlps[1], mlps[2], mlps[3], mlps[4], agg);
            Map<String, String> training = new LinkedHashMap<>();
            root.path("training").properties().forEach(e -> training.put(e.getKey(), e.getValue().asString("")));
            return new Neur2roModel(kind, net, scaler, training);
        } catch (IllegalArgumentException e) {
            throw new Neur2roModelException(source, e.getMessage(), e);
        }
    }

    private static Mlp mlp(JsonNode m, String source, String part) {
        if (!m.isObject()) {
            throw new Neur2roModelException(source, "missing network " + part);
        }
        JsonNode sz = m.path("sizes");
        if (!sz.isArray() || sz.size() < 2) {
            throw new Neur2roModelException(source, part + ".sizes must list at least two widths");
        }
        int[] sizes = new int[sz.size()];
        for (int i = 0; i < sizes.length; i++) {
            if (!sz.get(i).canConvertToInt() || sz.get(i).asInt() < 1 || sz.get(i).asInt() > 100_000) {
                throw new Neur2roModelException(source, part + ".sizes must be positive integers");
            }
            sizes[i] = sz.get(i).asInt();
        }
        JsonNode w = m.path("weights");
        JsonNode b = m.path("biases");
        if (!w.isArray() || !b.isArray() || w.size() != sizes.length - 1 || b.size() != sizes.length - 1) {
            throw new Neur2roModelException(source, part + " must have " + (sizes.length - 1) + " weight and bias layers");
        }
        double[][][] weights = new double[sizes.length - 1][][];
        double[][] biases = new double[sizes.length - 1][];
        for (int l = 0; l < weights.length; l++) {
            JsonNode layer = w.get(l);
            if (!layer.isArray() || layer.size() != sizes[l + 1]) {
                throw new Neur2roModelException(source, part + " layer " + l + " must have " + sizes[l + 1] + " rows");
            }
            weights[l] = new double[sizes[l + 1]][];
            for (int o = 0; o < sizes[l + 1]; o++) {
                weights[l][o] = doubles(layer.get(o), source, part + " layer " + l + " row " + o);
                if (weights[l][o].length != sizes[l]) {
                    throw new Neur2roModelException(source, part + " layer " + l + " row " + o + " must have " + sizes[l] + " weights");
                }
            }
            biases[l] = doubles(b.get(l), source, part + " biases " + l);
        }
        return new Mlp(sizes, weights, biases);
    }

    private static double[] doubles(JsonNode a, String source, String what) {
        if (a == null || !a.isArray()) {
            throw new Neur2roModelException(source, what + " must be an array of numbers");
        }
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new Neur2roModelException(source, what + "[" + i + "] is not a number");
            }
            v[i] = a.get(i).asDouble();
        }
        return v;
    }
}
