package org.cobalt.instances.mps;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.instances.InstanceFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads fixed or free MPS into a {@link MilpModel}. The layout is detected: the text is parsed as
 * free MPS (fields separated by blanks) and, only when that fails and every data line keeps the
 * blank columns of fixed MPS, again as fixed MPS (fields in columns 2-3, 5-12, 15-22, 25-36, 40-47,
 * 50-61, so names may hold blanks).
 *
 * <p>Conventions (see {@code docs/formats/milp.md}):
 * <ul>
 * <li>columns default to [0, +inf); integer columns (inside {@code MARKER INTORG/INTEND}) too, they
 * are not binary unless bounded so;</li>
 * <li>{@code UP}/{@code UI} with a negative value on a column whose lower bound was never set makes the
 * lower bound -inf (CPLEX, SCIP), with a warning;</li>
 * <li>bounds, right-hand sides and ranges of magnitude {@code >= 1e30} (or {@code inf}) are infinite;</li>
 * <li>RANGES: {@code L} gives [rhs-|R|, rhs], {@code G} [rhs, rhs+|R|], {@code E} [rhs, rhs+R] for R &gt; 0
 * and [rhs+R, rhs] for R &lt; 0, the moved side computed exactly and rounded once;</li>
 * <li>an RHS entry on the objective row sets the objective constant to minus its value;</li>
 * <li>the objective is the first {@code N} row (or the one {@code OBJNAME} names); other {@code N} rows and
 * every entry in them are dropped;</li>
 * <li>only the first named RHS, RANGES and BOUNDS vector is used (lines without a vector name belong to it);
 * later vectors are ignored with a warning;</li>
 * <li>duplicate coefficients of one column in one row are summed; for RHS, RANGES and bounds the last
 * entry wins;</li>
 * <li>anything after {@code ENDATA} is ignored; {@code ENDATA} itself is required.</li>
 * </ul>
 * Semi-continuous bounds, SOS, quadratic and indicator sections are rejected with a clear error.
 */
public final class MpsReader {

    private static final Logger LOG = LoggerFactory.getLogger(MpsReader.class);

    /** Reads one model; {@code defaultName} is used when the file has no (or an empty) NAME. */
    public MilpModel read(BufferedReader in, String source, String defaultName) throws IOException {
        List<String> lines = readLines(in, source);
        try {
            return new Parser(lines, source, defaultName, false).parse();
        } catch (InstanceFormatException free) {
            if (!fixedLayout(lines)) {
                throw free;
            }
            try {
                return new Parser(lines, source, defaultName, true).parse();
            } catch (InstanceFormatException fixed) {
                // report the reading that got further into the file: it is more likely the intended one
                throw progress(fixed) > progress(free) ? fixed : free;
            }
        }
    }

    private static long progress(InstanceFormatException e) {
        return e.line() == 0 ? Long.MAX_VALUE : e.line();
    }

    private static List<String> readLines(BufferedReader in, String source) throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                lines.add(lines.isEmpty() && s.startsWith("\uFEFF") ? s.substring(1) : s);
            }
        } catch (ZipException | EOFException e) {
            throw new InstanceFormatException(source, lines.size() + 1,
                    "corrupt or truncated compressed data: " + e.getMessage(), e);
        }
        return lines;
    }

    /** 0-based columns that are blank between the six fixed fields. */
    private static final int[] GAPS = {0, 3, 12, 13, 22, 23, 36, 37, 38, 47, 48};

    /** True when every data line keeps the blank columns of fixed MPS, so a fixed-format reading makes sense. */
    private static boolean fixedLayout(List<String> lines) {
        for (String s : lines) {
            if (s.isEmpty() || s.charAt(0) == '*' || !Character.isWhitespace(s.charAt(0)) || s.isBlank()) {
                continue;
            }
            if (s.indexOf('\t') >= 0) {
                return false;
            }
            for (int g : GAPS) {
                if (g < s.length() && s.charAt(g) != ' ') {
                    return false;
                }
            }
        }
        return true;
    }

    /** Field extraction for fixed MPS. */
    private static final class Fixed {
        static final int[] START = {1, 4, 14, 24, 39, 49};
        static final int[] END = {3, 12, 22, 36, 47, 61};

        static String field(String line, int f) {
            int from = START[f];
            int to = Math.min(END[f], line.length());
            return from >= to ? "" : line.substring(from, to).strip();
        }
    }

    private enum Section { NONE, NAME, OBJSENSE, OBJNAME, ROWS, COLUMNS, RHS, RANGES, BOUNDS, ENDATA }

    private static final Set<String> UNSUPPORTED = Set.of("SOS", "SETS", "QUADOBJ", "QMATRIX", "QSECTION",
            "QCMATRIX", "CSECTION", "INDICATORS", "GENCONS", "PWLOBJ", "PWLNAM", "PWLCON", "LAZYCONS",
            "USERCUTS", "BRANCH", "DECOMP", "SCENARIOS", "STOCH", "TIME", "SC");

    /** One parse attempt over the lines, either as free or as fixed MPS. */
    private static final class Parser {
        private final List<String> lines;
        private final String source;
        private final String defaultName;
        private final boolean fixed;

        private int lineNo;
        private Section section = Section.NONE;
        private final Set<Section> seen = new HashSet<>();

        private String name;
        private ObjectiveSense sense = ObjectiveSense.MINIMIZE;
        private String objectiveRowWanted;
        private String objectiveName;
        private double objectiveConstant;
        private final Set<String> droppedRows = new HashSet<>();

        private final Map<String, Integer> rowIndex = new HashMap<>();
        private final List<String> rowNames = new ArrayList<>();
        private char[] rowType = new char[16];
        private double[] rhs = new double[16];
        private double[] range = new double[16];
        private boolean[] hasRange = new boolean[16];
        private BigDecimal[] rangeExact = new BigDecimal[16];

        private final Map<String, Integer> colIndex = new HashMap<>();
        private final List<String> colNames = new ArrayList<>();
        private double[] cost = new double[16];
        private double[] lower = new double[16];
        private double[] upper = new double[16];
        private boolean[] integer = new boolean[16];
        private boolean[] lowerSet = new boolean[16];
        private boolean inIntegerBlock;
        private int lastColumn = -1;

        private int nnz;
        private int[] entryRow = new int[64];
        private int[] entryCol = new int[64];
        private double[] entryVal = new double[64];

        /** Names of the RHS, RANGES and BOUNDS vectors in use (null until a line names one). */
        private final String[] chosenVector = new String[3];
        private final Set<String> warnedSets = new HashSet<>();

        Parser(List<String> lines, String source, String defaultName, boolean fixed) {
            this.lines = lines;
            this.source = source;
            this.defaultName = defaultName == null ? "" : defaultName;
            this.fixed = fixed;
        }

        MilpModel parse() throws InstanceFormatException {
            for (int k = 0; k < lines.size() && section != Section.ENDATA; k++) {
                lineNo = k + 1;
                String line = lines.get(k);
                if (line.isBlank() || line.charAt(0) == '*') {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0)) && header(line)) {
                    continue;
                }
                data(line);
            }
            if (section != Section.ENDATA) {
                lineNo = 0;
                if (!seen.contains(Section.ROWS)) {
                    throw error("missing ROWS section");
                }
                if (!seen.contains(Section.COLUMNS)) {
                    throw error("missing COLUMNS section");
                }
                throw error("missing ENDATA (file truncated?)");
            }
            return build();
        }

        // ------------------------------------------------------------------ headers

        /** Handles a line starting in column 1; false when it is not a section keyword (a data line then). */
        private boolean header(String line) throws InstanceFormatException {
            String[] tok = freeTokens(line);
            String key = tok[0].toUpperCase(Locale.ROOT);
            if (UNSUPPORTED.contains(key)) {
                throw error("section " + tok[0] + " is not supported (only linear models with continuous and integer variables)");
            }
            Section next;
            switch (key) {
                case "NAME" -> {
                    enter(Section.NAME);
                    String rest = line.strip().substring(tok[0].length()).strip();
                    name = rest;
                    return true;
                }
                case "OBJSENSE", "OBJSENS", "OBJSEN" -> {
                    enter(Section.OBJSENSE);
                    if (tok.length > 1) {
                        objectiveSense(tok[1]);
                        section = Section.NAME;
                    }
                    expectAtMost(tok, 2);
                    return true;
                }
                case "OBJNAME" -> {
                    enter(Section.OBJNAME);
                    if (tok.length > 1) {
                        objectiveName(tok[1]);
                    }
                    expectAtMost(tok, 2);
                    return true;
                }
                case "ROWS" -> next = Section.ROWS;
                case "COLUMNS" -> next = Section.COLUMNS;
                case "RHS" -> next = Section.RHS;
                case "RANGES" -> next = Section.RANGES;
                case "BOUNDS" -> next = Section.BOUNDS;
                case "ENDATA" -> next = Section.ENDATA;
                default -> {
                    return false;
                }
            }
            expectAtMost(tok, 1);
            if (next == Section.COLUMNS && !seen.contains(Section.ROWS)) {
                throw error("COLUMNS before ROWS");
            }
            if ((next == Section.RHS || next == Section.RANGES || next == Section.BOUNDS)
                    && !seen.contains(Section.COLUMNS)) {
                throw error(key + " before COLUMNS");
            }
            if (next == Section.ENDATA && !seen.contains(Section.ROWS)) {
                throw error("missing ROWS section");
            }
            if (next == Section.ENDATA && !seen.contains(Section.COLUMNS)) {
                throw error("missing COLUMNS section");
            }
            enter(next);
            return true;
        }

        private void enter(Section s) throws InstanceFormatException {
            if (!seen.add(s)) {
                throw error("section " + s + " appears twice");
            }
            if (s != Section.NAME && s != Section.OBJSENSE && s != Section.OBJNAME && s != Section.ROWS
                    && !seen.contains(Section.ROWS)) {
                throw error(s + " before ROWS");
            }
            if ((s == Section.NAME || s == Section.OBJSENSE || s == Section.OBJNAME) && seen.contains(Section.ROWS)) {
                throw error(s + " must come before ROWS");
            }
            section = s;
        }

        private void expectAtMost(String[] tok, int n) throws InstanceFormatException {
            if (tok.length > n) {
                throw error("unexpected '" + tok[n] + "' after " + tok[0]
                        + " (data lines must start with a blank)");
            }
        }

        private void objectiveSense(String word) throws InstanceFormatException {
            switch (word.toUpperCase(Locale.ROOT)) {
                case "MAX", "MAXIMIZE", "MAXIMISE" -> sense = ObjectiveSense.MAXIMIZE;
                case "MIN", "MINIMIZE", "MINIMISE" -> sense = ObjectiveSense.MINIMIZE;
                default -> throw error("objective sense must be MAX or MIN, not '" + word + "'");
            }
        }

        private void objectiveName(String word) {
            objectiveRowWanted = word;
        }

        // ------------------------------------------------------------------ data lines

        private void data(String line) throws InstanceFormatException {
            switch (section) {
                case NONE -> throw error("data before the first section (expected NAME or ROWS)");
                case NAME -> throw error("unexpected data after NAME (expected ROWS)");
                case OBJSENSE -> {
                    String[] tok = freeTokens(line);
                    if (tok.length != 1) {
                        throw error("OBJSENSE expects one word, MAX or MIN");
                    }
                    objectiveSense(tok[0]);
                    section = Section.NAME;
                }
                case OBJNAME -> {
                    String[] tok = freeTokens(line);
                    if (tok.length != 1) {
                        throw error("OBJNAME expects one row name");
                    }
                    objectiveName(tok[0]);
                    section = Section.NAME;
                }
                case ROWS -> row(line);
                case COLUMNS -> column(line);
                case RHS -> rhs(line);
                case RANGES -> range(line);
                case BOUNDS -> bound(line);
                case ENDATA -> throw new IllegalStateException("data after ENDATA");
            }
        }

        /** The blank-separated words of a line (a hand-written split: this is the reader's hot loop). */
        private static String[] freeTokens(String line) {
            String[] out = new String[8];
            int n = 0;
            int len = line.length();
            int i = 0;
            while (true) {
                while (i < len && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i >= len) {
                    break;
                }
                int start = i;
                while (i < len && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = line.substring(start, i);
            }
            return n == 0 ? new String[] {""} : Arrays.copyOf(out, n);
        }

        /** Fixed fields 1..6 (empty strings for blank fields). */
        private static String[] fixedFields(String line) {
            String[] f = new String[6];
            for (int i = 0; i < 6; i++) {
                f[i] = Fixed.field(line, i);
            }
            return f;
        }

        /** The non-blank fixed fields, in order: the fixed-format analogue of free tokens. */
        private static String[] nonBlank(String[] fields, int from) {
            List<String> out = new ArrayList<>(6);
            for (int i = from; i < fields.length; i++) {
                if (!fields[i].isEmpty()) {
                    out.add(fields[i]);
                }
            }
            return out.toArray(new String[0]);
        }

        private void row(String line) throws InstanceFormatException {
            String type;
            String rowName;
            if (fixed) {
                String[] f = fixedFields(line);
                String[] rest = nonBlank(f, 2);
                if (rest.length > 0) {
                    throw error("unexpected '" + rest[0] + "' in ROWS");
                }
                type = f[0];
                rowName = f[1];
            } else {
                String[] tok = freeTokens(line);
                if (tok.length != 2) {
                    throw error("ROWS line needs a type (N, E, L, G) and a row name, found " + tok.length + " fields");
                }
                type = tok[0];
                rowName = tok[1];
            }
            if (rowName.isEmpty()) {
                throw error("row without a name");
            }
            char t = type.length() == 1 ? Character.toUpperCase(type.charAt(0)) : '?';
            if (t != 'N' && t != 'E' && t != 'L' && t != 'G') {
                throw error("unknown row type '" + type + "' (expected N, E, L or G)");
            }
            if (rowIndex.containsKey(rowName) || rowName.equals(objectiveName) || droppedRows.contains(rowName)) {
                throw error("row name '" + rowName + "' used twice");
            }
            if (t == 'N') {
                boolean wanted = objectiveRowWanted == null ? objectiveName == null : objectiveRowWanted.equals(rowName);
                if (wanted) {
                    if (objectiveName != null) {
                        droppedRows.add(objectiveName);
                        LOG.warn("{}:{}: dropping free row {} (OBJNAME selects {})", source, lineNo, objectiveName, rowName);
                    }
                    objectiveName = rowName;
                } else {
                    droppedRows.add(rowName);
                    LOG.warn("{}:{}: dropping free row {} (only the {} N row is the objective)", source, lineNo,
                            rowName, objectiveRowWanted == null ? "first" : "OBJNAME");
                }
                return;
            }
            int i = rowNames.size();
            if (i == rowType.length) {
                int cap = i * 2;
                rowType = Arrays.copyOf(rowType, cap);
                rhs = Arrays.copyOf(rhs, cap);
                range = Arrays.copyOf(range, cap);
                hasRange = Arrays.copyOf(hasRange, cap);
                rangeExact = Arrays.copyOf(rangeExact, cap);
            }
            rowNames.add(rowName);
            rowIndex.put(rowName, i);
            rowType[i] = t;
        }

        private void column(String line) throws InstanceFormatException {
            String[] tok;
            if (fixed) {
                String[] f = fixedFields(line);
                if (!f[0].isEmpty()) {
                    throw error("unexpected '" + f[0] + "' in field 1 of a COLUMNS line");
                }
                tok = nonBlank(f, 1);
            } else {
                tok = freeTokens(line);
            }
            if (tok.length >= 2 && tok[1].equalsIgnoreCase("'MARKER'")) {
                marker(tok);
                return;
            }
            if (tok.length != 3 && tok.length != 5) {
                throw error("COLUMNS line needs a column name and one or two (row, value) pairs, found "
                        + tok.length + " fields");
            }
            int j = columnIndex(tok[0]);
            for (int p = 1; p < tok.length; p += 2) {
                double v = number(tok[p + 1]);
                if (!Double.isFinite(v)) {
                    throw error("coefficient " + tok[p + 1] + " of column " + tok[0] + " in row " + tok[p] + " is not finite");
                }
                String r = tok[p];
                if (r.equals(objectiveName)) {
                    cost[j] += v;
                } else if (!droppedRows.contains(r)) {
                    addEntry(rowOf(r), j, v);
                }
            }
        }

        private void marker(String[] tok) throws InstanceFormatException {
            if (tok.length != 3) {
                throw error("MARKER line needs a marker name, 'MARKER' and 'INTORG' or 'INTEND'");
            }
            String kind = tok[2].toUpperCase(Locale.ROOT);
            switch (kind) {
                case "'INTORG'" -> inIntegerBlock = true;
                case "'INTEND'" -> inIntegerBlock = false;
                default -> throw error("marker " + tok[2] + " is not supported (only 'INTORG' and 'INTEND')");
            }
            lastColumn = -1;
        }

        private int columnIndex(String colName) throws InstanceFormatException {
            if (lastColumn >= 0 && colNames.get(lastColumn).equals(colName)) {
                return lastColumn;
            }
            Integer known = colIndex.get(colName);
            if (known != null) {
                if (integer[known] != inIntegerBlock) {
                    throw error("column " + colName + " appears both inside and outside an integer MARKER block");
                }
                lastColumn = known;
                return known;
            }
            int j = colNames.size();
            if (j == cost.length) {
                int cap = j * 2;
                cost = Arrays.copyOf(cost, cap);
                lower = Arrays.copyOf(lower, cap);
                upper = Arrays.copyOf(upper, cap);
                integer = Arrays.copyOf(integer, cap);
                lowerSet = Arrays.copyOf(lowerSet, cap);
            }
            colNames.add(colName);
            colIndex.put(colName, j);
            lower[j] = 0.0;
            upper[j] = Double.POSITIVE_INFINITY;
            integer[j] = inIntegerBlock;
            lastColumn = j;
            return j;
        }

        private void addEntry(int i, int j, double v) {
            if (nnz == entryRow.length) {
                int cap = nnz * 2;
                entryRow = Arrays.copyOf(entryRow, cap);
                entryCol = Arrays.copyOf(entryCol, cap);
                entryVal = Arrays.copyOf(entryVal, cap);
            }
            entryRow[nnz] = i;
            entryCol[nnz] = j;
            entryVal[nnz] = v;
            nnz++;
        }

        private int rowOf(String r) throws InstanceFormatException {
            Integer i = rowIndex.get(r);
            if (i == null) {
                throw error("unknown row '" + r + "'");
            }
            return i;
        }

        /** Splits an RHS or RANGES line into its vector name (maybe empty) and (row, value) pairs. */
        private String[] vectorLine(String line, String what) throws InstanceFormatException {
            String[] out;
            if (fixed) {
                String[] f = fixedFields(line);
                if (!f[0].isEmpty()) {
                    throw error("unexpected '" + f[0] + "' in field 1 of a " + what + " line");
                }
                String[] pairs = nonBlank(f, 2);
                out = new String[pairs.length + 1];
                out[0] = f[1];
                System.arraycopy(pairs, 0, out, 1, pairs.length);
            } else {
                String[] tok = freeTokens(line);
                if (tok.length % 2 == 0) {
                    out = new String[tok.length + 1];
                    out[0] = "";
                    System.arraycopy(tok, 0, out, 1, tok.length);
                } else {
                    out = tok;
                }
            }
            if (out.length != 3 && out.length != 5) {
                throw error(what + " line needs an optional vector name and one or two (row, value) pairs");
            }
            return out;
        }

        /**
         * Whether a line of the RHS, RANGES or BOUNDS section belongs to the vector in use: the first
         * named vector wins; lines without a vector name belong to whichever vector is in use.
         */
        private boolean inVector(String set, int kind, String what) {
            if (set.isEmpty()) {
                return true;
            }
            if (chosenVector[kind] == null) {
                chosenVector[kind] = set;
                return true;
            }
            if (set.equals(chosenVector[kind])) {
                return true;
            }
            if (warnedSets.add(what + " " + set)) {
                LOG.warn("{}:{}: ignoring {} vector '{}' (only the first, '{}', is used)", source, lineNo, what, set,
                        chosenVector[kind]);
            }
            return false;
        }

        private void rhs(String line) throws InstanceFormatException {
            String[] tok = vectorLine(line, "RHS");
            if (!inVector(tok[0], 0, "RHS")) {
                return;
            }
            for (int p = 1; p < tok.length; p += 2) {
                String r = tok[p];
                double v = number(tok[p + 1]);
                if (r.equals(objectiveName)) {
                    if (!Double.isFinite(v)) {
                        throw error("objective constant " + tok[p + 1] + " is not finite");
                    }
                    objectiveConstant = -v;
                } else if (!droppedRows.contains(r)) {
                    rhs[rowOf(r)] = MpsNumbers.clampInfinite(v);
                }
            }
        }

        private void range(String line) throws InstanceFormatException {
            String[] tok = vectorLine(line, "RANGES");
            if (!inVector(tok[0], 1, "RANGES")) {
                return;
            }
            for (int p = 1; p < tok.length; p += 2) {
                String r = tok[p];
                double v = number(tok[p + 1]);
                if (r.equals(objectiveName) || droppedRows.contains(r)) {
                    LOG.warn("{}:{}: ignoring a range on free row {}", source, lineNo, r);
                    continue;
                }
                int i = rowOf(r);
                range[i] = MpsNumbers.clampInfinite(v);
                rangeExact[i] = MpsRanges.exact(tok[p + 1], v);
                hasRange[i] = true;
            }
        }

        private void bound(String line) throws InstanceFormatException {
            String type;
            String set;
            String col;
            String value;
            if (fixed) {
                String[] f = fixedFields(line);
                if (!f[4].isEmpty() || !f[5].isEmpty()) {
                    throw error("unexpected text after the bound value");
                }
                type = f[0];
                set = f[1];
                col = f[2];
                value = f[3].isEmpty() ? null : f[3];
            } else {
                String[] tok = freeTokens(line);
                type = tok[0];
                boolean needsValue = needsValue(type);
                switch (tok.length) {
                    case 2 -> {
                        set = "";
                        col = tok[1];
                        value = null;
                    }
                    case 3 -> {
                        if (needsValue && MpsNumbers.parse(tok[2]) == null && colIndex.containsKey(tok[2])) {
                            throw error("bound " + type + " on " + tok[2] + " needs a value");
                        }
                        if (needsValue || colIndex.containsKey(tok[2]) || !colIndex.containsKey(tok[1])) {
                            set = needsValue ? "" : tok[1];
                            col = needsValue ? tok[1] : tok[2];
                            value = needsValue ? tok[2] : null;
                        } else {
                            set = "";
                            col = tok[1];
                            value = tok[2];
                        }
                    }
                    case 4 -> {
                        set = tok[1];
                        col = tok[2];
                        value = tok[3];
                    }
                    default -> throw error("BOUNDS line needs a type, an optional bound name, a column and a value");
                }
            }
            if (col.isEmpty()) {
                throw error("BOUNDS line without a column name");
            }
            if (!inVector(set, 2, "BOUNDS")) {
                return;
            }
            Integer jj = colIndex.get(col);
            if (jj == null) {
                throw error("unknown column '" + col + "' in BOUNDS");
            }
            int j = jj;
            String t = type.toUpperCase(Locale.ROOT);
            if (needsValue(t) && value == null) {
                throw error("bound " + type + " on " + col + " needs a value");
            }
            double v = value == null ? 0.0 : number(value);
            double b = MpsNumbers.clampInfinite(v);
            switch (t) {
                case "UP", "UI" -> {
                    upper[j] = b;
                    if (b < 0.0 && lower[j] == 0.0 && !lowerSet[j]) {
                        lower[j] = Double.NEGATIVE_INFINITY;
                        LOG.warn("{}:{}: negative upper bound {} on {} with no lower bound: lower bound set to -inf",
                                source, lineNo, value, col);
                    }
                    integer[j] |= t.equals("UI");
                }
                case "LO", "LI" -> {
                    lower[j] = b;
                    lowerSet[j] = true;
                    integer[j] |= t.equals("LI");
                }
                case "FX" -> {
                    if (!Double.isFinite(b)) {
                        throw error("cannot fix " + col + " at " + value);
                    }
                    lower[j] = b;
                    upper[j] = b;
                    lowerSet[j] = true;
                }
                case "FR" -> {
                    lower[j] = Double.NEGATIVE_INFINITY;
                    upper[j] = Double.POSITIVE_INFINITY;
                    lowerSet[j] = true;
                }
                case "MI" -> {
                    lower[j] = Double.NEGATIVE_INFINITY;
                    lowerSet[j] = true;
                }
                case "PL" -> upper[j] = Double.POSITIVE_INFINITY;
                case "BV" -> {
                    lower[j] = 0.0;
                    upper[j] = 1.0;
                    lowerSet[j] = true;
                    integer[j] = true;
                }
                case "SC" -> throw error("semi-continuous bounds are not supported (column " + col + ")");
                default -> throw error("unknown bound type '" + type + "' (expected UP, LO, FX, FR, MI, PL, BV, LI or UI)");
            }
        }

        private static boolean needsValue(String type) {
            String t = type.toUpperCase(Locale.ROOT);
            return t.equals("UP") || t.equals("LO") || t.equals("FX") || t.equals("LI") || t.equals("UI") || t.equals("SC");
        }

        private double number(String text) throws InstanceFormatException {
            Double v = MpsNumbers.parse(text);
            if (v == null) {
                throw error("bad number '" + text + "'");
            }
            return v;
        }

        // ------------------------------------------------------------------ model

        private MilpModel build() throws InstanceFormatException {
            String modelName = name == null || name.isEmpty() ? defaultName : name;
            if (objectiveRowWanted != null && objectiveName == null) {
                lineNo = 0;
                throw error("OBJNAME names '" + objectiveRowWanted + "', which is not an N row");
            }
            MilpModel.Builder b = MilpModel.builder(modelName).sense(sense).objectiveConstant(objectiveConstant);
            if (objectiveName != null) {
                b.objectiveName(objectiveName);
            }
            int n = colNames.size();
            for (int j = 0; j < n; j++) {
                String c = colNames.get(j);
                if (Double.isNaN(lower[j]) || lower[j] == Double.POSITIVE_INFINITY || upper[j] == Double.NEGATIVE_INFINITY) {
                    throw error(0, "column " + c + " has impossible bounds [" + lower[j] + ", " + upper[j] + "]");
                }
                b.addVariable(c, lower[j], upper[j], integer[j] ? VarType.INTEGER : VarType.CONTINUOUS, cost[j]);
            }
            for (int i = 0; i < rowNames.size(); i++) {
                double r = rhs[i];
                double lo;
                double up;
                double abs = Math.abs(range[i]);
                BigDecimal absExact = rangeExact[i] == null ? null : rangeExact[i].abs();
                switch (rowType[i]) {
                    case 'L' -> {
                        lo = hasRange[i] ? MpsRanges.shift(r, absExact == null ? null : absExact.negate(), -abs)
                                : Double.NEGATIVE_INFINITY;
                        up = r;
                    }
                    case 'G' -> {
                        lo = r;
                        up = hasRange[i] ? MpsRanges.shift(r, absExact, abs) : Double.POSITIVE_INFINITY;
                    }
                    default -> {
                        lo = r;
                        up = r;
                        if (hasRange[i] && range[i] > 0) {
                            up = MpsRanges.shift(r, rangeExact[i], range[i]);
                        } else if (hasRange[i] && range[i] < 0) {
                            lo = MpsRanges.shift(r, rangeExact[i], range[i]);
                        }
                    }
                }
                if (Double.isNaN(lo) || Double.isNaN(up) || lo == Double.POSITIVE_INFINITY || up == Double.NEGATIVE_INFINITY) {
                    throw error(0, "row " + rowNames.get(i) + " (" + rowType[i] + ") with right-hand side " + r
                            + (hasRange[i] ? " and range " + range[i] : "") + " has impossible sides [" + lo + ", " + up + "]");
                }
                b.addRow(rowNames.get(i), lo, up);
            }
            for (int k = 0; k < nnz; k++) {
                b.setCoefficient(entryRow[k], entryCol[k], entryVal[k]);
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw new InstanceFormatException(source, 0, e.getMessage(), e);
            }
        }

        private InstanceFormatException error(String reason) {
            return error(lineNo, reason);
        }

        private InstanceFormatException error(int line, String reason) {
            return new InstanceFormatException(source, line, (fixed ? "(fixed MPS) " : "") + reason);
        }
    }
}
