package org.cobalt.bench.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.cobalt.instances.Instances;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known optima, best known values and infeasibility facts, by instance name. Immutable. Reads
 * <ul>
 *   <li>MIPLIB {@code .solu} files: {@code =opt= NAME VALUE}, {@code =best= NAME VALUE},
 *       {@code =inf= NAME}; {@code =unkn=} and {@code =bestdual=} lines carry no primal reference
 *       and are skipped;</li>
 *   <li>CSV with a header: a name column ({@code name}, {@code instance} or {@code file name}) and a
 *       value column {@code optimum} (optimal) or {@code bks} / {@code best known} (best known). A
 *       {@code best primal bound} column together with a {@code solved to optimality} column (1/0)
 *       is also understood (the robust-optimization results files). A value cell
 *       {@code infeasible} marks the instance infeasible; an empty cell gives no reference;</li>
 *   <li>JSON lines (scheduling instance files): {@code name} with {@code optimum} (optimal; null
 *       means unknown) or {@code bks} (best known).</li>
 * </ul>
 * Gzipped files are read transparently. Malformed files raise a {@link ReferenceFormatException}
 * naming the file and line.
 */
public final class ReferenceValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ReferenceValues EMPTY = new ReferenceValues(Map.of(), null);

    private final Map<String, Reference> exact;
    private final Map<String, Reference> folded;
    private final ReferenceValues fallback;

    private ReferenceValues(Map<String, Reference> values, ReferenceValues fallback) {
        this.exact = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Map<String, Reference> f = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        values.forEach((name, ref) -> {
            String key = name.toLowerCase(Locale.ROOT);
            Reference prev = f.putIfAbsent(key, ref);
            if (prev != null && !sameFact(prev, ref)) {
                ambiguous.add(key);
            }
        });
        ambiguous.forEach(f::remove);
        this.folded = f;
        this.fallback = fallback;
    }

    /** No references. */
    public static ReferenceValues empty() {
        return EMPTY;
    }

    /** References from a map (tests, programmatic use). */
    public static ReferenceValues of(Map<String, Reference> values) {
        return new ReferenceValues(values, null);
    }

    /**
     * Reads a reference file, choosing the syntax from the name: {@code .solu}, {@code .csv},
     * {@code .jsonl}/{@code .json} (each optionally {@code .gz}).
     */
    public static ReferenceValues read(Path file) throws IOException {
        String ext = Instances.extension(file);
        try (BufferedReader in = Instances.open(file)) {
            return switch (ext) {
                case "solu" -> readSolu(in, file.toString());
                case "csv" -> readCsv(in, file.toString());
                case "jsonl", "json", "ndjson" -> readJsonLines(in, file.toString());
                default -> throw new ReferenceFormatException(file.toString(), 0,
                        "unknown reference file type '." + ext + "'; use a MIPLIB .solu file, a CSV with a header"
                                + " (name,optimum or name,bks) or JSON lines with name and optimum fields");
            };
        }
    }

    /** Reads MIPLIB {@code .solu} syntax. */
    public static ReferenceValues readSolu(BufferedReader in, String source) throws IOException {
        Builder b = new Builder(source);
        String line;
        long no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("%")) {
                continue;
            }
            String[] tok = t.split("\\s+");
            switch (tok[0]) {
                case "=opt=", "=best=" -> {
                    if (tok.length < 3) {
                        throw new ReferenceFormatException(source, no, tok[0] + " needs a name and a value, got '" + t + "'");
                    }
                    double v = number(tok[2], source, no);
                    b.put(tok[1], new Reference(v, tok[0].equals("=opt=") ? ReferenceKind.OPTIMAL : ReferenceKind.BEST_KNOWN,
                            source + ":" + no), no);
                }
                case "=inf=" -> {
                    if (tok.length < 2) {
                        throw new ReferenceFormatException(source, no, "=inf= needs a name");
                    }
                    b.put(tok[1], new Reference(Double.NaN, ReferenceKind.INFEASIBLE, source + ":" + no), no);
                }
                case "=unkn=", "=bestdual=" -> {
                    // no primal reference: nothing to check results against
                }
                default -> throw new ReferenceFormatException(source, no, "expected =opt=, =best=, =inf=, =unkn= or =bestdual=, got '"
                        + tok[0] + "'");
            }
        }
        return b.build();
    }

    /** Reads the CSV syntax (see the class comment). */
    public static ReferenceValues readCsv(BufferedReader in, String source) throws IOException {
        String header = in.readLine();
        long no = 1;
        while (header != null && header.isBlank()) {
            header = in.readLine();
            no++;
        }
        if (header == null) {
            throw new ReferenceFormatException(source, 0, "empty file; expected a header such as 'name,optimum' or 'name,bks'");
        }
        List<String> cols = new ArrayList<>();
        for (String c : splitCsv(header)) {
            cols.add(c.toLowerCase(Locale.ROOT).replace('_', ' ').strip());
        }
        int nameCol = firstIndex(cols, "name", "instance", "file name", "filename");
        int optCol = firstIndex(cols, "optimum", "opt", "optimal value");
        int bksCol = firstIndex(cols, "bks", "best known", "best-known", "best known solution");
        int primalCol = firstIndex(cols, "best primal bound");
        int solvedCol = firstIndex(cols, "solved to optimality");
        if (nameCol < 0 || (optCol < 0 && bksCol < 0 && (primalCol < 0 || solvedCol < 0))) {
            throw new ReferenceFormatException(source, no, "header '" + header.strip() + "' needs a name column (name, instance"
                    + " or file name) and a value column (optimum or bks)");
        }
        Builder b = new Builder(source);
        String line;
        while ((line = in.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = splitCsv(line);
            String name = cell(cells, nameCol);
            if (name.isEmpty()) {
                throw new ReferenceFormatException(source, no, "empty instance name");
            }
            String src = source + ":" + no;
            if (optCol >= 0) {
                addCell(b, name, cell(cells, optCol), ReferenceKind.OPTIMAL, src, no);
            } else if (bksCol >= 0) {
                addCell(b, name, cell(cells, bksCol), ReferenceKind.BEST_KNOWN, src, no);
            } else {
                String solved = cell(cells, solvedCol).toLowerCase(Locale.ROOT);
                boolean optimal = switch (solved) {
                    case "1", "true", "yes" -> true;
                    case "0", "false", "no", "" -> false;
                    default -> throw new ReferenceFormatException(source, no, "'solved to optimality' must be 1 or 0, got '"
                            + solved + "'");
                };
                addCell(b, name, cell(cells, primalCol), optimal ? ReferenceKind.OPTIMAL : ReferenceKind.BEST_KNOWN, src, no);
            }
        }
        return b.build();
    }

    /** Reads JSON lines with {@code name} and {@code optimum} (or {@code bks}) fields. */
    public static ReferenceValues readJsonLines(BufferedReader in, String source) throws IOException {
        Builder b = new Builder(source);
        String line;
        long no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                throw new ReferenceFormatException(source, no, "not a JSON object: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new ReferenceFormatException(source, no, "expected a JSON object per line");
            }
            JsonNode name = node.get("name");
            if (name == null || !name.isString() || name.asString().isEmpty()) {
                throw new ReferenceFormatException(source, no, "missing \"name\" string field");
            }
            String src = source + ":" + no;
            JsonNode opt = node.get("optimum");
            JsonNode bks = node.get("bks");
            JsonNode inf = node.get("infeasible");
            if (opt != null && !opt.isNull()) {
                b.put(name.asString(), new Reference(jsonNumber(opt, "optimum", source, no), ReferenceKind.OPTIMAL, src), no);
            } else if (bks != null && !bks.isNull()) {
                b.put(name.asString(), new Reference(jsonNumber(bks, "bks", source, no), ReferenceKind.BEST_KNOWN, src), no);
            } else if (inf != null && inf.isBoolean() && inf.booleanValue()) {
                b.put(name.asString(), new Reference(Double.NaN, ReferenceKind.INFEASIBLE, src), no);
            }
        }
        return b.build();
    }

    /**
     * The references found beside instance files: {@code *.solu}, {@code optima.csv} and
     * {@code bks.csv} in {@code dir}, then in its parent (the instance's own folder wins). Files that
     * cannot be read are reported to {@code warnings} and skipped.
     */
    public static ReferenceValues discover(Path dir, Consumer<String> warnings) {
        ReferenceValues own = scanFolder(dir, warnings);
        Path parent = dir.toAbsolutePath().normalize().getParent();
        return parent == null ? own : own.withFallback(scanFolder(parent, warnings));
    }

    private static ReferenceValues scanFolder(Path dir, Consumer<String> warnings) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{solu,solu.gz}")) {
                ds.forEach(files::add);
            } catch (IOException e) {
                warnings.accept("cannot list " + dir + ": " + e.getMessage());
            }
        }
        files.sort(null);
        for (String n : List.of("optima.csv", "bks.csv")) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        ReferenceValues result = EMPTY;
        for (int i = files.size() - 1; i >= 0; i--) {
            try {
                result = read(files.get(i)).withFallback(result);
            } catch (IOException e) {
                warnings.accept("ignoring reference file " + files.get(i) + ": " + e.getMessage());
            }
        }
        return result;
    }

    /** References of this object, then those of {@code other} for names this one does not know. */
    public ReferenceValues withFallback(ReferenceValues other) {
        if (other == null || other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new ReferenceValues(exact, fallback == null ? other : fallback.withFallback(other));
    }

    /** True when no reference is known. */
    public boolean isEmpty() {
        return exact.isEmpty() && (fallback == null || fallback.isEmpty());
    }

    /** Number of names known here (not counting fallbacks). */
    public int size() {
        return exact.size();
    }

    /**
     * The reference for the first of {@code names} that is known: each name is tried exactly, then
     * ignoring case (MPS files often carry upper-case names while {@code .solu} files use lower case).
     */
    public Optional<Reference> find(String... names) {
        for (String n : names) {
            if (n != null && exact.containsKey(n)) {
                return Optional.of(exact.get(n));
            }
        }
        for (String n : names) {
            if (n != null) {
                Reference r = folded.get(n.toLowerCase(Locale.ROOT));
                if (r != null) {
                    return Optional.of(r);
                }
            }
        }
        return fallback == null ? Optional.empty() : fallback.find(names);
    }

    private static boolean sameFact(Reference a, Reference b) {
        return a.kind() == b.kind() && (a.kind() == ReferenceKind.INFEASIBLE || a.value() == b.value());
    }

    private static void addCell(Builder b, String name, String cell, ReferenceKind kind, String src, long no)
            throws ReferenceFormatException {
        if (cell.isEmpty()) {
            return;
        }
        if (cell.equalsIgnoreCase("infeasible") || cell.equalsIgnoreCase("inf")) {
            b.put(name, new Reference(Double.NaN, ReferenceKind.INFEASIBLE, src), no);
        } else {
            b.put(name, new Reference(number(cell, b.source, no), kind, src), no);
        }
    }

    private static double number(String s, String source, long line) throws ReferenceFormatException {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the location
        }
        throw new ReferenceFormatException(source, line, "'" + s + "' is not a finite number");
    }

    private static double jsonNumber(JsonNode n, String field, String source, long line) throws ReferenceFormatException {
        if (n.isNumber() && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new ReferenceFormatException(source, line, "\"" + field + "\" must be a finite number or null, got " + n);
    }

    private static int firstIndex(List<String> cols, String... names) {
        for (String n : names) {
            int i = cols.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            String t = c.strip();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1).strip();
            }
            out.add(t);
        }
        return out;
    }

    /** Collects entries, rejecting a name listed twice with different facts. */
    private static final class Builder {
        private final String source;
        private final Map<String, Reference> map = new LinkedHashMap<>();
        private final Map<String, Long> lines = new HashMap<>();

        Builder(String source) {
            this.source = source;
        }

        void put(String name, Reference ref, long line) throws ReferenceFormatException {
            Reference prev = map.putIfAbsent(name, ref);
            if (prev != null && !sameFact(prev, ref)) {
                throw new ReferenceFormatException(source, line, "'" + name + "' is listed twice with different values (first on line "
                        + lines.get(name) + ")");
            }
            lines.putIfAbsent(name, line);
        }

        ReferenceValues build() {
            return new ReferenceValues(map, null);
        }
    }
}
