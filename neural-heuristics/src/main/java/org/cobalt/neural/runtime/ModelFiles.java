package org.cobalt.neural.runtime;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.runtime.ModelFileException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes model files: a JSON config ({@code name.json}) and a binary parameter file beside it
 * ({@code name.params}). Loading validates everything before returning and reports every problem as
 * one {@link ModelFileException} that names the file.
 *
 * <p>JSON: {@code formatVersion}, {@code architecture}, {@code config} (the architecture's
 * hyper-parameters), {@code features} (input widths by name), {@code parameters} (file name, CRC-32,
 * and name + shape of every tensor), {@code metadata} (free-form strings). Parameter file (big-endian):
 * magic {@code CBNP}, format version, tensor count, then per tensor its name (modified UTF-8), rank,
 * dimensions and float32 values; finally the CRC-32 of all preceding bytes. The format is our own,
 * not DJL's, so that it can be read without any native engine (e.g. by the CUDA backend).
 */
public final class ModelFiles {

    /** The format version this code writes and reads. */
    public static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x43424E50; // "CBNP"
    private static final int MAX_RANK = 8;
    private final JsonMapper json;
    private final Architectures architectures;

    /** Model files for the built-in architectures. */
    public ModelFiles() {
        this(Architectures.builtIn());
    }

    /** Model files for the given architectures. */
    public ModelFiles(Architectures architectures) {
        this.architectures = architectures;
        this.json = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .build();
    }

    /** The parameter file that belongs to a config file ({@code x.json} → {@code x.params}). */
    public static Path paramsPathFor(Path configFile) {
        String n = configFile.getFileName().toString();
        String base = n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
        return configFile.resolveSibling(base + ".params");
    }

    /** Writes {@code model} to {@code configFile} and its parameter file, each atomically. */
    public void save(NeuralModel<?> model, Path configFile, Map<String, String> metadata) throws IOException {
        Path params = paramsPathFor(configFile);
        byte[] paramBytes = encodeParameters(model.parameters());
        CRC32 crc = new CRC32();
        crc.update(paramBytes, 0, paramBytes.length - Long.BYTES); // the same value as the file's trailer
        ObjectNode root = json.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("architecture", model.architecture());
        root.set("config", json.valueToTree(model.config()));
        ObjectNode features = root.putObject("features");
        model.features().dimensions().forEach(features::put);
        ObjectNode p = root.putObject("parameters");
        p.put("file", params.getFileName().toString());
        p.put("crc32", Long.toHexString(crc.getValue()));
        ArrayNode tensors = p.putArray("tensors");
        for (Parameter par : model.parameters()) {
            ObjectNode t = tensors.addObject();
            t.put("name", par.name());
            ArrayNode shape = t.putArray("shape");
            for (int d : par.shape()) {
                shape.add(d);
            }
        }
        ObjectNode meta = root.putObject("metadata");
        new java.util.TreeMap<>(metadata).forEach(meta::put);
        Path parent = configFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        writeAtomically(params, paramBytes);
        writeAtomically(configFile, json.writeValueAsBytes(root));
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Loads a model of any known architecture. */
    public NeuralModel<?> load(Path configFile) throws ModelFileException {
        return load(configFile, null);
    }

    /** Loads a model of any known architecture with exactly the feature widths {@code expected} (if not null). */
    public NeuralModel<?> load(Path configFile, FeatureSchema expected) throws ModelFileException {
        return loadChecked(configFile, null, expected);
    }

    /**
     * Loads a model and checks that it is of {@code type} and (if not null) has exactly the feature
     * widths {@code expected}.
     */
    public <M extends NeuralModel<?>> M load(Path configFile, Class<M> type, FeatureSchema expected)
            throws ModelFileException {
        return type.cast(loadChecked(configFile, type, expected));
    }

    private NeuralModel<?> loadChecked(Path configFile, Class<?> type, FeatureSchema expected)
            throws ModelFileException {
        JsonNode root = readJson(configFile);
        int version = requireInt(configFile, root, "formatVersion");
        if (version != FORMAT_VERSION) {
            throw new ModelFileException(configFile, Kind.VERSION, "format version " + version
                    + " is not supported (this build reads version " + FORMAT_VERSION + ")");
        }
        String archName = requireText(configFile, root, "architecture");
        ModelArchitecture<?> arch = architectures.find(archName).orElseThrow(() -> new ModelFileException(configFile,
                Kind.MISMATCH, "unknown architecture '" + archName + "' (known: " + architectures.names() + ")"));
        Record config = readConfig(configFile, root, arch);
        NeuralModel<?> model;
        try {
            model = arch.create(config, 0L);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(configFile, Kind.MISMATCH, "config rejected: " + e.getMessage(), e);
        }
        if (type != null && !type.isInstance(model)) {
            throw new ModelFileException(configFile, Kind.MISMATCH, "holds a '" + archName + "' model, expected "
                    + type.getSimpleName());
        }
        checkFeatures(configFile, root, model, expected);
        readParameters(configFile, root, model.parameters());
        return model;
    }

    private JsonNode readJson(Path configFile) throws ModelFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(configFile);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(configFile, Kind.MISSING, "model config file does not exist", e);
        } catch (IOException e) {
            throw new ModelFileException(configFile, Kind.CORRUPT, "cannot read: " + e.getMessage(), e);
        }
        try {
            JsonNode root = json.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new ModelFileException(configFile, Kind.CORRUPT, "not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new ModelFileException(configFile, Kind.CORRUPT, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Record readConfig(Path file, JsonNode root, ModelArchitecture<?> arch) throws ModelFileException {
        JsonNode c = root.get("config");
        if (c == null || !c.isObject()) {
            throw new ModelFileException(file, Kind.CORRUPT, "missing 'config' object");
        }
        try {
            return json.treeToValue(c, arch.configType());
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String msg = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new ModelFileException(file, Kind.MISMATCH, "invalid '" + arch.name() + "' config: " + msg, e);
        }
    }

    private static void checkFeatures(Path file, JsonNode root, NeuralModel<?> model, FeatureSchema expected)
            throws ModelFileException {
        JsonNode f = root.get("features");
        if (f == null || !f.isObject()) {
            throw new ModelFileException(file, Kind.CORRUPT, "missing 'features' object");
        }
        Map<String, Integer> declared = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : f.properties()) {
            if (!e.getValue().isInt()) {
                throw new ModelFileException(file, Kind.CORRUPT, "feature width '" + e.getKey() + "' is not an integer");
            }
            declared.put(e.getKey(), e.getValue().intValue());
        }
        FeatureSchema fileSchema = new FeatureSchema(declared);
        if (!fileSchema.equals(model.features())) {
            throw new ModelFileException(file, Kind.MISMATCH, "features " + fileSchema.dimensions()
                    + " disagree with the config's " + model.features().dimensions());
        }
        if (expected != null && !expected.equals(fileSchema)) {
            throw new ModelFileException(file, Kind.MISMATCH, "model expects features " + fileSchema.dimensions()
                    + ", the caller provides " + expected.dimensions());
        }
    }

    private static void readParameters(Path configFile, JsonNode root, List<Parameter> params) throws ModelFileException {
        JsonNode p = root.get("parameters");
        if (p == null || !p.isObject()) {
            throw new ModelFileException(configFile, Kind.CORRUPT, "missing 'parameters' object");
        }
        String fileName = requireText(configFile, p, "file");
        Path paramFile = configFile.resolveSibling(fileName);
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new ModelFileException(configFile, Kind.CORRUPT, "parameter file must sit beside the config: " + fileName);
        }
        Map<String, int[]> declared = new LinkedHashMap<>();
        JsonNode tensors = p.get("tensors");
        if (tensors == null || !tensors.isArray()) {
            throw new ModelFileException(configFile, Kind.CORRUPT, "missing 'parameters.tensors' array");
        }
        for (JsonNode t : tensors) {
            String name = requireText(configFile, t, "name");
            JsonNode s = t.get("shape");
            if (s == null || !s.isArray()) {
                throw new ModelFileException(configFile, Kind.CORRUPT, "tensor " + name + " has no shape");
            }
            int[] shape = new int[s.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = s.get(i).asInt(-1);
            }
            declared.put(name, shape);
        }
        checkAgainstArchitecture(configFile, declared, params);
        String crcText = requireText(configFile, p, "crc32");
        decodeParameters(paramFile, params, crcText);
    }

    private static void checkAgainstArchitecture(Path file, Map<String, int[]> declared, List<Parameter> params)
            throws ModelFileException {
        for (Parameter par : params) {
            int[] s = declared.get(par.name());
            if (s == null) {
                throw new ModelFileException(file, Kind.MISMATCH, "parameter " + par.name()
                        + " of the architecture is missing from the file");
            }
            if (!Arrays.equals(s, par.shape())) {
                throw new ModelFileException(file, Kind.MISMATCH, "parameter " + par.name() + " has shape "
                        + Arrays.toString(s) + " in the file but " + Arrays.toString(par.shape()) + " in the architecture");
            }
        }
        if (declared.size() != params.size()) {
            List<String> extra = declared.keySet().stream()
                    .filter(n -> params.stream().noneMatch(q -> q.name().equals(n))).toList();
            throw new ModelFileException(file, Kind.MISMATCH, "parameters not in the architecture: " + extra);
        }
    }

    private static byte[] encodeParameters(List<Parameter> params) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        try (DataOutputStream out = new DataOutputStream(new CheckedOutputStream(bytes, crc))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(params.size());
            for (Parameter p : params) {
                out.writeUTF(p.name());
                int[] shape = p.shape();
                out.writeInt(shape.length);
                for (int d : shape) {
                    out.writeInt(d);
                }
                for (float v : p.values()) {
                    out.writeFloat(v);
                }
            }
            out.flush();
            // the trailer is the CRC of everything before it, so write it outside the checked stream
            long value = crc.getValue();
            DataOutputStream trailer = new DataOutputStream(bytes);
            trailer.writeLong(value);
            trailer.flush();
        }
        return bytes.toByteArray();
    }

    private static void decodeParameters(Path file, List<Parameter> params, String expectedCrc)
            throws ModelFileException {
        Map<String, Parameter> byName = new HashMap<>();
        for (Parameter p : params) {
            byName.put(p.name(), p);
        }
        Map<Parameter, float[]> values = new HashMap<>();
        CRC32 crc = new CRC32();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            if (in.readInt() != MAGIC) {
                throw new ModelFileException(file, Kind.CORRUPT, "not a cobalt parameter file (bad magic number)");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new ModelFileException(file, Kind.VERSION, "parameter format version " + version
                        + " is not supported (this build reads version " + FORMAT_VERSION + ")");
            }
            int count = in.readInt();
            if (count != params.size()) {
                throw new ModelFileException(file, Kind.MISMATCH, "holds " + count + " tensors, the architecture has "
                        + params.size());
            }
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                Parameter p = byName.get(name);
                if (p == null || values.containsKey(p)) {
                    throw new ModelFileException(file, Kind.MISMATCH, "unexpected or repeated tensor " + name);
                }
                int rank = in.readInt();
                if (rank < 0 || rank > MAX_RANK) {
                    throw new ModelFileException(file, Kind.CORRUPT, "tensor " + name + " has rank " + rank);
                }
                int[] shape = new int[rank];
                for (int d = 0; d < rank; d++) {
                    shape[d] = in.readInt();
                }
                if (!Arrays.equals(shape, p.shape())) {
                    throw new ModelFileException(file, Kind.MISMATCH, "tensor " + name + " has shape "
                            + Arrays.toString(shape) + ", the architecture needs " + Arrays.toString(p.shape()));
                }
                float[] v = new float[p.size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = in.readFloat();
                }
                values.put(p, v);
            }
            long computed = crc.getValue();
            long stored = new DataInputStream(raw).readLong();
            if (raw.read() != -1) {
                throw new ModelFileException(file, Kind.CORRUPT, "trailing bytes after the checksum");
            }
            if (stored != computed) {
                throw new ModelFileException(file, Kind.CORRUPT, "checksum mismatch (file damaged)");
            }
            if (!Long.toHexString(computed).equals(expectedCrc)) {
                throw new ModelFileException(file, Kind.MISMATCH, "checksum " + Long.toHexString(computed)
                        + " differs from the config's " + expectedCrc + " (config and parameters from different saves)");
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, Kind.MISSING, "parameter file does not exist", e);
        } catch (EOFException e) {
            throw new ModelFileException(file, Kind.CORRUPT, "truncated parameter file", e);
        } catch (java.io.UTFDataFormatException e) {
            throw new ModelFileException(file, Kind.CORRUPT, "malformed tensor name", e);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, Kind.CORRUPT, "cannot read: " + e.getMessage(), e);
        }
        for (Map.Entry<Parameter, float[]> e : values.entrySet()) {
            e.getKey().set(e.getValue());
        }
    }

    private static int requireInt(Path file, JsonNode node, String field) throws ModelFileException {
        JsonNode v = node.get(field);
        if (v == null || !v.isInt()) {
            throw new ModelFileException(file, Kind.CORRUPT, "missing or non-integer '" + field + "'");
        }
        return v.intValue();
    }

    private static String requireText(Path file, JsonNode node, String field) throws ModelFileException {
        JsonNode v = node.get(field);
        if (v == null || !v.isString()) {
            throw new ModelFileException(file, Kind.CORRUPT, "missing or non-text '" + field + "'");
        }
        return v.stringValue();
    }
}
