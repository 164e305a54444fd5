package org.cobalt.instances.tsplib;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.cobalt.instances.InstanceFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the TSPLIB-95 syntax shared by TSP, ATSP, CVRP and TOUR files into a {@link TsplibFile}.
 *
 * <p>Specification lines are {@code KEY : value} (spaces around the colon optional, keys case
 * insensitive); unknown keys are ignored, except those that would change the problem (route-length
 * limits, edge data), which are errors. Data sections start with a line holding only the section
 * keyword (a trailing colon is tolerated) and need DIMENSION (and, for EDGE_WEIGHT_SECTION,
 * EDGE_WEIGHT_FORMAT) to appear before them. {@code EOF} is optional; anything after it is ignored.
 * NODE_COORD_SECTION and DEMAND_SECTION hold one {@code id value...} line per node, ids 1-based and
 * in any order; EDGE_WEIGHT_SECTION, DEPOT_SECTION and TOUR_SECTION are number streams that may
 * wrap across lines. DISPLAY_DATA_SECTION is skipped.
 */
public final class TsplibParser {

    private static final Logger LOG = LoggerFactory.getLogger(TsplibParser.class);

    /** Largest node count whose full n*n matrix fits one Java array. */
    public static final int MAX_MATRIX_NODES = 46_340;

    private final LineScanner sc;
    private final TsplibFile file;

    private TsplibParser(BufferedReader in, String source) {
        this.sc = new LineScanner(in, source);
        this.file = new TsplibFile(source);
    }

    /**
     * Parses a whole TSPLIB-95 file.
     *
     * @throws InstanceFormatException on malformed input, naming source, line and reason
     */
    public static TsplibFile parse(BufferedReader in, String source) throws IOException {
        TsplibParser p = new TsplibParser(in, source);
        p.run();
        return p.file;
    }

    private void run() throws IOException {
        String raw;
        while ((raw = sc.next()) != null) {
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.indexOf(':');
            String key = (colon >= 0 ? s.substring(0, colon) : s).strip().toUpperCase(Locale.ROOT);
            String value = colon >= 0 ? s.substring(colon + 1).strip() : "";
            if (key.equals("EOF")) {
                return;
            }
            if (key.endsWith("_SECTION") && isKeyword(key)) {
                if (!value.isEmpty()) {
                    throw sc.error("unexpected text after " + key + ": '" + LineScanner.abbreviate(value)
                            + "' (section data starts on the next line)");
                }
                section(key);
            } else if (colon >= 0) {
                entry(key, value);
            } else {
                throw sc.error("unexpected line '" + LineScanner.abbreviate(s)
                        + "' (expected 'KEY : value', a *_SECTION keyword or EOF)");
            }
        }
    }

    private void remember(String key) throws InstanceFormatException {
        if (file.lines.putIfAbsent(key, sc.line()) != null) {
            throw sc.error(key + " given twice (first on line " + file.lines.get(key) + ")");
        }
    }

    private void entry(String key, String value) throws InstanceFormatException {
        switch (key) {
            case "COMMENT" -> file.comments.add(value);
            case "NAME" -> {
                remember(key);
                file.name = value;
            }
            case "TYPE" -> {
                remember(key);
                String[] t = LineScanner.tokens(value);
                if (t.length == 0) {
                    throw sc.error("TYPE has no value");
                }
                file.type = t[0].toUpperCase(Locale.ROOT);
            }
            case "DIMENSION" -> {
                remember(key);
                int n = sc.parseInt(value, "DIMENSION");
                if (n < 1) {
                    throw sc.error("DIMENSION must be positive, got " + n);
                }
                file.dimension = n;
            }
            case "CAPACITY" -> {
                remember(key);
                int c = sc.parseInt(value, "CAPACITY");
                if (c < 1) {
                    throw sc.error("CAPACITY must be positive, got " + c);
                }
                file.capacity = c;
            }
            case "VEHICLES" -> {
                remember(key);
                int v = sc.parseInt(value, "VEHICLES");
                if (v < 1) {
                    throw sc.error("VEHICLES must be positive, got " + v);
                }
                file.vehicles = v;
            }
            case "EDGE_WEIGHT_TYPE" -> {
                remember(key);
                if (value.isEmpty()) {
                    throw sc.error("EDGE_WEIGHT_TYPE has no value");
                }
                file.edgeWeightType = value.toUpperCase(Locale.ROOT);
            }
            case "EDGE_WEIGHT_FORMAT" -> {
                remember(key);
                String f = value.toUpperCase(Locale.ROOT);
                if (!f.equals("FUNCTION")) {
                    try {
                        file.edgeWeightFormat = EdgeWeightFormat.valueOf(f);
                    } catch (IllegalArgumentException e) {
                        throw sc.error("unknown EDGE_WEIGHT_FORMAT '" + LineScanner.abbreviate(value) + "' (known: FUNCTION, "
                                + String.join(", ", Arrays.stream(EdgeWeightFormat.values()).map(Enum::name).toList()) + ")");
                    }
                }
            }
            case "NODE_COORD_TYPE" -> {
                remember(key);
                String t = value.toUpperCase(Locale.ROOT);
                if (t.equals("THREED_COORDS")) {
                    throw sc.error("NODE_COORD_TYPE THREED_COORDS is not supported (only 2-D coordinates)");
                }
                if (!t.equals("TWOD_COORDS") && !t.equals("NO_COORDS")) {
                    throw sc.error("unknown NODE_COORD_TYPE '" + LineScanner.abbreviate(value) + "'");
                }
            }
            case "DISPLAY_DATA_TYPE" -> remember(key);
            case "EDGE_DATA_FORMAT" -> throw sc.error("EDGE_DATA_FORMAT (graph problems) is not supported");
            case "DISTANCE" -> throw sc.error("DISTANCE (a route-length limit) is not supported");
            case "SERVICE_TIME" -> throw sc.error("SERVICE_TIME is not supported");
            default -> {
                if (!isKeyword(key)) {
                    throw sc.error("unexpected line '" + LineScanner.abbreviate(key + ": " + value)
                            + "' (expected 'KEY : value', a *_SECTION keyword or EOF)");
                }
                LOG.debug("{}:{}: ignoring unknown keyword {}", sc.source(), sc.line(), key);
            }
        }
    }

    /** Keywords are identifiers: a letter, then letters, digits and underscores. */
    private static boolean isKeyword(String key) {
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private void section(String key) throws IOException {
        switch (key) {
            case "NODE_COORD_SECTION" -> {
                remember(key);
                coordinates();
            }
            case "EDGE_WEIGHT_SECTION" -> {
                remember(key);
                weights();
            }
            case "DISPLAY_DATA_SECTION" -> {
                remember(key);
                skipNumericLines();
            }
            case "DEMAND_SECTION" -> {
                remember(key);
                demands();
            }
            case "DEPOT_SECTION" -> {
                remember(key);
                file.depots = terminatedList(key, false);
            }
            case "TOUR_SECTION" -> {
                remember(key);
                file.tour = terminatedList(key, true);
            }
            case "FIXED_EDGES_SECTION" -> throw sc.error("FIXED_EDGES_SECTION is not supported");
            case "EDGE_DATA_SECTION" -> throw sc.error("EDGE_DATA_SECTION (graph problems) is not supported");
            default -> throw sc.error("unknown section " + LineScanner.abbreviate(key));
        }
    }

    private int needDimension(String section) throws InstanceFormatException {
        if (file.dimension < 0) {
            throw sc.error(section + " before DIMENSION (the specification part must come first)");
        }
        return file.dimension;
    }

    /** Parses the values of one node line into read-order storage at position {@code k}. */
    private interface NodeLine {
        void accept(int k, String[] tokens) throws InstanceFormatException;
    }

    /**
     * Reads one {@code id value...} line per node and returns, for every node index, the read
     * position of its line. Values are stored by read position so that memory follows the lines
     * actually present, never a declared DIMENSION or an id.
     */
    private int[] nodeLines(String section, int n, int width, String layout, NodeLine sink) throws IOException {
        IntBuffer ids = new IntBuffer(n);
        long[] lineOf = new long[Math.min(n, 1024)];
        for (int k = 0; k < n; k++) {
            String s = sc.nextNonBlank();
            String[] t = s == null ? new String[0] : LineScanner.tokens(s);
            if (s == null || !LineScanner.isInteger(t[0])) {
                if (s != null) {
                    sc.pushBack();
                }
                throw sc.error(s == null ? 0 : sc.line() + 1, section + " ended after " + k + " of " + n + " nodes");
            }
            if (t.length != width) {
                throw sc.error(section + " line must be '" + layout + "', got " + t.length + " fields");
            }
            long id = sc.parseLong(t[0], "node id");
            if (id < 1 || id > n) {
                throw sc.error("node id " + id + " outside 1.." + n);
            }
            if (k == lineOf.length) {
                lineOf = Arrays.copyOf(lineOf, (int) Math.min(n, 2L * k));
            }
            lineOf[k] = sc.line();
            ids.set(k, (int) id - 1);
            sink.accept(k, t);
        }
        // All n lines exist, so arrays of size n are backed by data.
        int[] position = new int[n];
        Arrays.fill(position, -1);
        int[] idOf = ids.toArray(n);
        for (int k = 0; k < n; k++) {
            int i = idOf[k];
            if (position[i] >= 0) {
                throw sc.error(lineOf[k], "node " + (i + 1) + " listed twice in " + section + " (first on line "
                        + lineOf[position[i]] + ")");
            }
            position[i] = k;
        }
        return position;
    }

    private void coordinates() throws IOException {
        int n = needDimension("NODE_COORD_SECTION");
        DoubleBuffer xs = new DoubleBuffer(n);
        DoubleBuffer ys = new DoubleBuffer(n);
        int[] position = nodeLines("NODE_COORD_SECTION", n, 3, "id x y", (k, t) -> {
            xs.set(k, sc.parseDouble(t[1], "x coordinate"));
            ys.set(k, sc.parseDouble(t[2], "y coordinate"));
        });
        double[] xr = xs.toArray(n);
        double[] yr = ys.toArray(n);
        file.x = new double[n];
        file.y = new double[n];
        for (int i = 0; i < n; i++) {
            file.x[i] = xr[position[i]];
            file.y[i] = yr[position[i]];
        }
    }

    private void demands() throws IOException {
        int n = needDimension("DEMAND_SECTION");
        IntBuffer d = new IntBuffer(n);
        int[] position = nodeLines("DEMAND_SECTION", n, 2, "id demand", (k, t) -> {
            int v = sc.parseInt(t[1], "demand");
            if (v < 0) {
                throw sc.error("demand must be non-negative, got " + v);
            }
            d.set(k, v);
        });
        int[] dr = d.toArray(n);
        file.demands = new int[n];
        for (int i = 0; i < n; i++) {
            file.demands[i] = dr[position[i]];
        }
    }

    private void weights() throws IOException {
        int n = needDimension("EDGE_WEIGHT_SECTION");
        EdgeWeightFormat f = file.edgeWeightFormat;
        if (f == null) {
            throw sc.error("EDGE_WEIGHT_SECTION needs an EDGE_WEIGHT_FORMAT such as FULL_MATRIX or UPPER_ROW before it");
        }
        if (n > MAX_MATRIX_NODES) {
            throw sc.error("an explicit matrix with " + n + " nodes is too large (at most " + MAX_MATRIX_NODES + ")");
        }
        int count = (int) f.count(n);
        DoubleBuffer values = new DoubleBuffer(count);
        int read = 0;
        while (read < count) {
            String s = sc.nextNonBlank();
            if (s == null) {
                throw sc.error(0, "EDGE_WEIGHT_SECTION ended after " + read + " of the " + count + " numbers "
                        + f + " needs for " + n + " nodes");
            }
            String[] t = LineScanner.tokens(s);
            if (!LineScanner.isDecimal(t[0])) {
                sc.pushBack();
                throw sc.error(sc.line() + 1, "EDGE_WEIGHT_SECTION ended after " + read + " of the " + count
                        + " numbers " + f + " needs for " + n + " nodes");
            }
            for (String tok : t) {
                if (read == count) {
                    throw sc.error("EDGE_WEIGHT_SECTION holds more than the " + count + " numbers " + f
                            + " needs for " + n + " nodes");
                }
                values.set(read++, sc.parseDouble(tok, "edge weight"));
            }
        }
        file.matrix = f.expand(n, values.toArray(count));
    }

    private void skipNumericLines() throws IOException {
        String s;
        while ((s = sc.nextNonBlank()) != null) {
            String[] t = LineScanner.tokens(s);
            if (!LineScanner.isInteger(t[0])) {
                sc.pushBack();
                return;
            }
        }
    }

    /**
     * Reads node ids up to a {@code -1}. For tours a second {@code -1} may close the section; a
     * second tour is an error since only one is supported.
     */
    private int[] terminatedList(String section, boolean tour) throws IOException {
        int limit = file.dimension;
        IntBuffer ids = new IntBuffer(16);
        int size = 0;
        boolean ended = false;
        while (!ended) {
            String s = sc.nextNonBlank();
            if (s == null) {
                throw sc.error(0, section + " is not terminated by -1");
            }
            String[] t = LineScanner.tokens(s);
            if (!LineScanner.isInteger(t[0])) {
                sc.pushBack();
                throw sc.error(sc.line() + 1, section + " is not terminated by -1");
            }
            for (int k = 0; k < t.length; k++) {
                if (ended) {
                    if (tour && k == t.length - 1 && t[k].equals("-1")) {
                        continue;
                    }
                    throw sc.error(tour ? "TOUR_SECTION holds more than one tour (only one is supported)"
                            : "unexpected '" + LineScanner.abbreviate(t[k]) + "' after the -1 that ends " + section);
                }
                long id = sc.parseLong(t[k], "node id");
                if (id == -1) {
                    ended = true;
                    continue;
                }
                if (id < 1 || (limit > 0 && id > limit)) {
                    throw sc.error("node id " + id + " outside 1.." + (limit > 0 ? limit : "DIMENSION"));
                }
                if (id > Integer.MAX_VALUE) {
                    throw sc.error("node id " + id + " is out of range");
                }
                if (limit > 0 && size >= limit) {
                    throw sc.error(section + " lists more than DIMENSION = " + limit + " nodes");
                }
                ids.set(size++, (int) id - 1);
            }
        }
        if (tour) {
            // A closing second -1 may stand on its own line.
            String s = sc.nextNonBlank();
            if (s != null) {
                if (s.strip().equals("-1")) {
                    return ids.toArray(size);
                }
                String[] t = LineScanner.tokens(s);
                if (LineScanner.isInteger(t[0])) {
                    throw sc.error("TOUR_SECTION holds more than one tour (only one is supported)");
                }
                sc.pushBack();
            }
        }
        return ids.toArray(size);
    }

    /** Growable double array that never allocates more than the data actually read. */
    private static final class DoubleBuffer {
        private final int max;
        private double[] a;

        DoubleBuffer(int max) {
            this.max = max;
            this.a = new double[Math.min(max, 1024)];
        }

        void set(int i, double v) {
            if (i >= a.length) {
                a = Arrays.copyOf(a, (int) Math.min(max, Math.max(2L * a.length, i + 1L)));
            }
            a[i] = v;
        }

        double[] toArray(int n) {
            return a.length == n ? a : Arrays.copyOf(a, n);
        }
    }

    /** Growable int array that never allocates more than the data actually read. */
    private static final class IntBuffer {
        private int[] a;

        IntBuffer(int hint) {
            this.a = new int[Math.max(1, Math.min(hint, 1024))];
        }

        void set(int i, int v) {
            if (i >= a.length) {
                a = Arrays.copyOf(a, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * a.length, i + 1L)));
            }
            a[i] = v;
        }

        int[] toArray(int n) {
            return a.length == n ? a : Arrays.copyOf(a, n);
        }
    }
}
