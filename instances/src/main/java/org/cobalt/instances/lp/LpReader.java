package org.cobalt.instances.lp;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.lp.LpTokenizer.Kind;
import org.cobalt.instances.lp.LpTokenizer.Op;
import org.cobalt.instances.lp.LpTokenizer.Token;

/**
 * Reads the CPLEX LP format into a {@link MilpModel}.
 *
 * <p>Sections (keywords in any case, each starting a line, the rest of that line belonging to the
 * section): {@code Minimize/Maximize} (also {@code min, max, minimise, maximise, minimum, maximum}) with
 * an optional {@code name:} and a constant term; {@code Subject To} ({@code st, s.t., such that});
 * {@code Bounds}; {@code General(s)/Gen/Integer(s)}; {@code Binary/Binaries/Bin}; {@code End}
 * (required). Comments run from {@code \} to the end of the line; a comment
 * {@code \Problem name: NAME} names the model. Expressions may span lines; a constraint's right-hand
 * side stands on the line of its operator.
 *
 * <p>Constraints: {@code [name:] expr op rhs} with {@code op} one of {@code <= =< < >= => > =}, or the
 * ranged form {@code [name:] lo <= expr <= up} (or {@code up >= expr >= lo}); constants on the
 * expression side move to the right; {@code rhs} may be {@code [+-]inf[inity]}, so
 * {@code expr >= -inf} is a free row. Unnamed constraints are called {@code c1, c2, ...} after their
 * position (skipping names in use). Bounds: {@code x >= l}, {@code x <= u}, {@code l <= x <= u},
 * {@code x = v}, {@code x free}, reversed forms, {@code -inf/+inf}; the last bound wins; no negative-upper
 * rule (an upper bound below zero keeps the lower bound 0). Values of magnitude {@code >= 1e30} are
 * infinite. Variables are numbered in order of first appearance; a variable first named in Bounds,
 * Generals or Binaries is created there. Binaries set bounds [0, 1]. Duplicate terms are summed.
 * Semi-continuous, SOS, quadratic, indicator and piecewise-linear parts are rejected.
 */
public final class LpReader {

    private static final double INFINITY = 1e30;

    private static final Pattern PROBLEM_NAME = Pattern.compile("^\\s*\\\\\\s*problem\\s+name\\s*:(.*)$",
            Pattern.CASE_INSENSITIVE);

    private enum Section { NONE, OBJECTIVE, CONSTRAINTS, BOUNDS, GENERALS, BINARIES, END }

    /** Reads one model; {@code defaultName} names it unless a {@code \Problem name:} comment does. */
    public MilpModel read(BufferedReader in, String source, String defaultName) throws IOException {
        return new Parser(source, defaultName == null ? "" : defaultName).parse(in);
    }

    private static final class Parser {
        private final String source;
        private String name;

        private Section section = Section.NONE;
        private final Set<Section> seen = new HashSet<>();
        private final List<Token> tokens = new ArrayList<>();
        private int sectionLine;

        private ObjectiveSense sense = ObjectiveSense.MINIMIZE;
        private String objectiveName = "obj";
        private double objectiveConstant;

        private final Map<String, Integer> varIndex = new HashMap<>();
        private final List<String> varNames = new ArrayList<>();
        private double[] cost = new double[16];
        private double[] lower = new double[16];
        private double[] upper = new double[16];
        private boolean[] integer = new boolean[16];

        private final List<String> rowNames = new ArrayList<>();
        private final Set<String> explicitRowNames = new HashSet<>();
        private double[] rowLower = new double[16];
        private double[] rowUpper = new double[16];
        private int nnz;
        private int[] entryRow = new int[64];
        private int[] entryCol = new int[64];
        private double[] entryVal = new double[64];

        private int pos;

        Parser(String source, String defaultName) {
            this.source = source;
            this.name = defaultName;
        }

        MilpModel parse(BufferedReader in) throws IOException {
            int lineNo = 0;
            boolean named = false;
            try {
                for (String read = in.readLine(); read != null && section != Section.END; read = in.readLine()) {
                    lineNo++;
                    String raw = lineNo == 1 && read.startsWith("\uFEFF") ? read.substring(1) : read;
                    int slash = raw.indexOf('\\');
                    if (slash >= 0) {
                        Matcher pm = PROBLEM_NAME.matcher(raw);
                        if (!named && pm.matches()) {
                            String given = pm.group(1).strip();
                            if (!given.isEmpty()) {
                                name = given;
                            }
                            named = true;
                        }
                    }
                    String text = slash >= 0 ? raw.substring(0, slash) : raw;
                    String stripped = text.strip();
                    if (stripped.isEmpty()) {
                        continue;
                    }
                    String rest = keyword(stripped, lineNo);
                    if (section == Section.END) {
                        break;
                    }
                    if (section == Section.NONE) {
                        throw new InstanceFormatException(source, lineNo,
                                "expected Minimize, Maximize or Subject To, found '" + firstWord(stripped) + "'");
                    }
                    LpTokenizer.tokenize(rest, lineNo, source, tokens);
                }
            } catch (ZipException | EOFException e) {
                throw new InstanceFormatException(source, lineNo + 1, "corrupt or truncated compressed data: " + e.getMessage(), e);
            }
            if (section != Section.END) {
                throw new InstanceFormatException(source, 0, "missing End (file truncated?)");
            }
            return build();
        }

        private static String firstWord(String s) {
            String[] w = s.split("\\s+", 2);
            return w[0].length() > 40 ? w[0].substring(0, 40) + "..." : w[0];
        }

        /**
         * If the line starts with a section keyword (not followed by ':', which makes it a name), closes
         * the current section, opens the new one and returns the rest of the line; else returns the line.
         */
        private String keyword(String line, int lineNo) throws InstanceFormatException {
            int end = wordEnd(line, 0);
            String first = line.substring(0, end).toLowerCase(Locale.ROOT);
            int after = end;
            Section next = null;
            switch (first) {
                case "minimize", "minimise", "minimum", "min", "maximize", "maximise", "maximum", "max" -> {
                    next = Section.OBJECTIVE;
                }
                case "st", "s.t.", "st.", "s.t" -> next = Section.CONSTRAINTS;
                case "subject", "such" -> {
                    int second = skipBlanks(line, end);
                    int secondEnd = wordEnd(line, second);
                    String w = line.substring(second, secondEnd).toLowerCase(Locale.ROOT);
                    if (w.equals(first.equals("subject") ? "to" : "that")) {
                        next = Section.CONSTRAINTS;
                        after = secondEnd;
                    }
                }
                case "bounds", "bound" -> next = Section.BOUNDS;
                case "generals", "general", "gen", "integers", "integer" -> next = Section.GENERALS;
                case "binaries", "binary", "bin" -> next = Section.BINARIES;
                case "end" -> next = Section.END;
                case "semi-continuous", "semis", "semi", "sos", "sos1", "sos2", "pwlobj" -> {
                    if (!followedByColon(line, end)) {
                        throw unsupported(line.substring(0, end), lineNo);
                    }
                }
                case "lazy", "user" -> {
                    int second = skipBlanks(line, end);
                    String w = line.substring(second, wordEnd(line, second)).toLowerCase(Locale.ROOT);
                    if (w.equals(first.equals("lazy") ? "constraints" : "cuts")) {
                        throw unsupported(first + " " + w, lineNo);
                    }
                }
                default -> {
                }
            }
            if (next == Section.GENERALS && first.startsWith("general")) {
                int second = skipBlanks(line, end);
                if (line.substring(second, wordEnd(line, second)).equalsIgnoreCase("constraints")) {
                    throw unsupported("general constraints", lineNo);
                }
            }
            if (next == null || followedByColon(line, after)) {
                return line;
            }
            if (next == Section.OBJECTIVE) {
                sense = first.startsWith("max") ? ObjectiveSense.MAXIMIZE : ObjectiveSense.MINIMIZE;
            }
            finishSection();
            open(next, lineNo);
            return line.substring(after);
        }

        private InstanceFormatException unsupported(String section, int lineNo) {
            return new InstanceFormatException(source, lineNo, "section '" + section + "' is not supported (only linear"
                    + " constraints with continuous, general integer and binary variables)");
        }

        /** End of the keyword-like word starting at {@code from}: stops at blanks and ':'. */
        private static int wordEnd(String line, int from) {
            int i = from;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != ':') {
                i++;
            }
            return i;
        }

        private static int skipBlanks(String line, int from) {
            int i = from;
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean followedByColon(String line, int at) {
            for (int k = at; k < line.length(); k++) {
                char c = line.charAt(k);
                if (!Character.isWhitespace(c)) {
                    return c == ':';
                }
            }
            return false;
        }

        private void open(Section next, int lineNo) throws InstanceFormatException {
            if ((next == Section.OBJECTIVE || next == Section.CONSTRAINTS) && !seen.add(next)) {
                throw new InstanceFormatException(source, lineNo, (next == Section.OBJECTIVE ? "a second objective"
                        : "a second Subject To section") + " is not supported");
            }
            seen.add(next);
            if (next == Section.OBJECTIVE && section != Section.NONE) {
                throw new InstanceFormatException(source, lineNo, "the objective must come first");
            }
            if (next == Section.CONSTRAINTS && section != Section.NONE && section != Section.OBJECTIVE) {
                throw new InstanceFormatException(source, lineNo, "Subject To must come before Bounds, Generals and Binaries");
            }
            section = next;
            sectionLine = lineNo;
        }

        private void finishSection() throws InstanceFormatException {
            pos = 0;
            switch (section) {
                case NONE, END -> {
                }
                case OBJECTIVE -> objective();
                case CONSTRAINTS -> constraints();
                case BOUNDS -> bounds();
                case GENERALS -> declarations(false);
                case BINARIES -> declarations(true);
            }
            tokens.clear();
        }

        // ------------------------------------------------------------------ token helpers

        private Token peek(int ahead) {
            int k = pos + ahead;
            return k < tokens.size() ? tokens.get(k) : null;
        }

        private boolean atEnd() {
            return pos >= tokens.size();
        }

        private InstanceFormatException error(Token at, String reason) {
            return new InstanceFormatException(source, at == null ? sectionLine : at.line(), reason);
        }

        private InstanceFormatException unexpected(String expected) {
            Token t = peek(0);
            return error(t == null ? last() : t, "expected " + expected + ", found "
                    + (t == null ? "the end of the section" : t.describe()));
        }

        private Token last() {
            return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        }

        private boolean startsNamedConstraint() {
            Token a = peek(0);
            Token b = peek(1);
            return a != null && b != null && a.kind() == Kind.NAME && b.kind() == Kind.COLON;
        }

        // ------------------------------------------------------------------ expressions

        /** A parsed linear expression: terms (variable index, coefficient) and a constant. */
        private static final class Expr {
            int size;
            int[] vars = new int[8];
            double[] coefs = new double[8];
            double constant;
            boolean hasConstant;

            void add(int var, double coef) {
                if (size == vars.length) {
                    vars = Arrays.copyOf(vars, size * 2);
                    coefs = Arrays.copyOf(coefs, size * 2);
                }
                vars[size] = var;
                coefs[size] = coef;
                size++;
            }
        }

        /** Parses terms until something that cannot continue the sum; at least {@code required} term(s). */
        private Expr expression(boolean required) throws InstanceFormatException {
            Expr e = new Expr();
            boolean firstTerm = true;
            while (true) {
                Token t = peek(0);
                if (t == null || (firstTerm && startsNamedConstraint())) {
                    break;
                }
                double sign = 1.0;
                boolean signed = false;
                while (t != null && t.kind() == Kind.SIGN) {
                    sign *= t.value();
                    signed = true;
                    pos++;
                    t = peek(0);
                }
                if (!firstTerm && !signed) {
                    break;
                }
                if (t == null || startsNamedConstraint()) {
                    if (signed) {
                        throw unexpected("a term after the sign");
                    }
                    break;
                }
                if (t.kind() == Kind.NUMBER) {
                    pos++;
                    Token v = peek(0);
                    if (v != null && v.kind() == Kind.NAME && !v.isInfinity() && !startsNamedConstraintAt(pos)) {
                        pos++;
                        e.add(variable(v), check(sign * t.value(), t, "coefficient"));
                    } else if (v != null && v.isInfinity()) {
                        throw error(v, "infinity cannot have a coefficient");
                    } else {
                        e.constant += sign * t.value();
                        e.hasConstant = true;
                    }
                } else if (t.kind() == Kind.NAME) {
                    pos++;
                    if (t.isInfinity()) {
                        e.constant += sign * Double.POSITIVE_INFINITY;
                        e.hasConstant = true;
                    } else {
                        e.add(variable(t), sign);
                    }
                } else {
                    if (signed) {
                        throw unexpected("a term after the sign");
                    }
                    break;
                }
                firstTerm = false;
            }
            if (required && firstTerm) {
                throw unexpected("a linear expression");
            }
            if (Double.isNaN(e.constant)) {
                throw error(peek(0) == null ? last() : peek(0), "constant terms add up to inf - inf");
            }
            return e;
        }

        private boolean startsNamedConstraintAt(int k) {
            return k + 1 < tokens.size() && tokens.get(k).kind() == Kind.NAME && tokens.get(k + 1).kind() == Kind.COLON;
        }

        private double check(double v, Token t, String what) throws InstanceFormatException {
            if (!Double.isFinite(v)) {
                throw error(t, what + " " + t.text() + " is not finite");
            }
            return v;
        }

        /** {@code [+-]* (number | inf)}; infinite beyond 1e30. */
        private double constant() throws InstanceFormatException {
            double sign = 1.0;
            Token t = peek(0);
            while (t != null && t.kind() == Kind.SIGN) {
                sign *= t.value();
                pos++;
                t = peek(0);
            }
            if (t != null && t.kind() == Kind.NUMBER) {
                pos++;
                return clamp(sign * t.value());
            }
            if (t != null && t.isInfinity()) {
                pos++;
                return sign * Double.POSITIVE_INFINITY;
            }
            throw unexpected("a number");
        }

        private static double clamp(double v) {
            if (v >= INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            if (v <= -INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            return v;
        }

        private Op op() throws InstanceFormatException {
            Token t = peek(0);
            if (t == null || t.kind() != Kind.OP) {
                throw unexpected("<=, >= or =");
            }
            pos++;
            return t.op();
        }

        private int variable(Token t) {
            Integer j = varIndex.get(t.text());
            if (j != null) {
                return j;
            }
            return newVariable(t.text());
        }

        private int newVariable(String varName) {
            int j = varNames.size();
            if (j == cost.length) {
                int cap = j * 2;
                cost = Arrays.copyOf(cost, cap);
                lower = Arrays.copyOf(lower, cap);
                upper = Arrays.copyOf(upper, cap);
                integer = Arrays.copyOf(integer, cap);
            }
            varNames.add(varName);
            varIndex.put(varName, j);
            lower[j] = 0.0;
            upper[j] = Double.POSITIVE_INFINITY;
            return j;
        }

        // ------------------------------------------------------------------ sections

        private void objective() throws InstanceFormatException {
            if (startsNamedConstraint()) {
                objectiveName = peek(0).text();
                pos += 2;
            }
            Expr e = expression(false);
            if (!atEnd()) {
                throw unexpected("+ or - (or the next section)");
            }
            if (!Double.isFinite(e.constant)) {
                throw error(last(), "objective constant is not finite");
            }
            for (int k = 0; k < e.size; k++) {
                cost[e.vars[k]] += e.coefs[k];
            }
            objectiveConstant += e.constant;
        }

        private void constraints() throws InstanceFormatException {
            while (!atEnd()) {
                constraint();
            }
        }

        private void constraint() throws InstanceFormatException {
            Token start = peek(0);
            String rowName = null;
            if (startsNamedConstraint()) {
                rowName = start.text();
                pos += 2;
                if (!explicitRowNames.add(rowName)) {
                    throw error(start, "constraint name '" + rowName + "' used twice");
                }
            }
            Expr lhs = expression(true);
            Op op1 = op();
            double lo;
            double up;
            Expr body;
            if (lhs.size > 0) {
                double rhs = constant();
                Token after = peek(0);
                if (after != null && after.kind() == Kind.OP && !after.firstOnLine()) {
                    throw error(after, "a ranged constraint is written lo <= expression <= up");
                }
                body = lhs;
                double[] sides = sides(op1, rhs - lhs.constant);
                lo = sides[0];
                up = sides[1];
            } else {
                Expr middle = expression(true);
                Token after = peek(0);
                if (after != null && after.kind() == Kind.OP) {
                    Op op2 = op();
                    double c2 = constant();
                    if (op1 != op2 || op1 == Op.EQ) {
                        throw error(after, "a ranged constraint needs two <= or two >= operators");
                    }
                    double a = lhs.constant - middle.constant;
                    double b = c2 - middle.constant;
                    lo = op1 == Op.LE ? a : b;
                    up = op1 == Op.LE ? b : a;
                    lo = clamp(lo);
                    up = clamp(up);
                } else if (middle.size > 0) {
                    // "c op expression": the constant is on the left
                    Op flipped = op1 == Op.LE ? Op.GE : op1 == Op.GE ? Op.LE : Op.EQ;
                    double[] sides = sides(flipped, lhs.constant - middle.constant);
                    lo = sides[0];
                    up = sides[1];
                } else {
                    // "c op d" without variables: an empty row whose left side is c
                    double[] sides = sides(op1, middle.constant - lhs.constant);
                    lo = sides[0];
                    up = sides[1];
                }
                body = middle;
            }
            if (Double.isNaN(lo) || Double.isNaN(up) || lo == Double.POSITIVE_INFINITY || up == Double.NEGATIVE_INFINITY) {
                throw error(start, "constraint " + (rowName == null ? "" : rowName + " ") + "has impossible sides ["
                        + lo + ", " + up + "]");
            }
            Token next = peek(0);
            if (next != null && !next.firstOnLine()) {
                throw error(next, "unexpected " + next.describe() + " after the right-hand side (each constraint starts a new line)");
            }
            addRow(rowName, lo, up, body);
        }

        private static double[] sides(Op op, double rhs) {
            double r = clamp(rhs);
            return switch (op) {
                case LE -> new double[] {Double.NEGATIVE_INFINITY, r};
                case GE -> new double[] {r, Double.POSITIVE_INFINITY};
                case EQ -> new double[] {r, r};
            };
        }

        private void addRow(String rowName, double lo, double up, Expr e) {
            int i = rowNames.size();
            if (i == rowLower.length) {
                rowLower = Arrays.copyOf(rowLower, i * 2);
                rowUpper = Arrays.copyOf(rowUpper, i * 2);
            }
            rowNames.add(rowName);
            rowLower[i] = lo;
            rowUpper[i] = up;
            for (int k = 0; k < e.size; k++) {
                if (nnz == entryRow.length) {
                    entryRow = Arrays.copyOf(entryRow, nnz * 2);
                    entryCol = Arrays.copyOf(entryCol, nnz * 2);
                    entryVal = Arrays.copyOf(entryVal, nnz * 2);
                }
                entryRow[nnz] = i;
                entryCol[nnz] = e.vars[k];
                entryVal[nnz] = e.coefs[k];
                nnz++;
            }
        }

        private void bounds() throws InstanceFormatException {
            while (!atEnd()) {
                int end = pos + 1;
                while (end < tokens.size() && !tokens.get(end).firstOnLine()) {
                    end++;
                }
                bound(end);
                if (pos != end) {
                    throw error(tokens.get(pos), "unexpected " + tokens.get(pos).describe() + " in a bound");
                }
            }
        }

        /** One bound, tokens {@code [pos, end)}. */
        private void bound(int end) throws InstanceFormatException {
            Token first = peek(0);
            if (first.kind() == Kind.NAME && !first.isInfinity()) {
                pos++;
                int j = variable(first);
                Token t = pos < end ? peek(0) : null;
                if (t != null && t.isName("free")) {
                    pos++;
                    lower[j] = Double.NEGATIVE_INFINITY;
                    upper[j] = Double.POSITIVE_INFINITY;
                    return;
                }
                if (t == null) {
                    throw error(first, "bound on " + first.text() + " needs an operator and a value, or 'free'");
                }
                Op op = op();
                double v = boundValue(end);
                apply(j, op, v, first);
                return;
            }
            if (first.kind() == Kind.SIGN && pos + 1 < end && peek(1).kind() == Kind.NAME && !peek(1).isInfinity()) {
                throw error(first, "bounds cannot have coefficients or signs on the variable");
            }
            double c1 = boundValue(end);
            if (pos >= end) {
                throw error(first, "expected an operator and a variable after " + first.describe());
            }
            Op op1 = op();
            Token v = pos < end ? peek(0) : null;
            if (v == null || v.kind() != Kind.NAME || v.isInfinity()) {
                throw error(v == null ? first : v, "expected a variable name in the bound");
            }
            pos++;
            int j = variable(v);
            Op reversed = op1 == Op.LE ? Op.GE : op1 == Op.GE ? Op.LE : Op.EQ;
            apply(j, reversed, c1, v);
            if (pos < end) {
                Op op2 = op();
                double c2 = boundValue(end);
                if (op1 != op2 || op1 == Op.EQ) {
                    throw error(v, "a two-sided bound needs two <= or two >= operators");
                }
                apply(j, op2, c2, v);
            }
        }

        private double boundValue(int end) throws InstanceFormatException {
            if (pos >= end) {
                throw error(tokens.get(pos - 1), "expected a number on the same line as " + tokens.get(pos - 1).describe());
            }
            int before = pos;
            double v = constant();
            if (pos > end) {
                pos = before;
                throw unexpected("a number on the same line");
            }
            return v;
        }

        private void apply(int j, Op op, double v, Token at) throws InstanceFormatException {
            switch (op) {
                case LE -> {
                    if (v == Double.NEGATIVE_INFINITY) {
                        throw error(at, "upper bound -inf on " + varNames.get(j));
                    }
                    upper[j] = v;
                }
                case GE -> {
                    if (v == Double.POSITIVE_INFINITY) {
                        throw error(at, "lower bound +inf on " + varNames.get(j));
                    }
                    lower[j] = v;
                }
                case EQ -> {
                    if (!Double.isFinite(v)) {
                        throw error(at, "cannot fix " + varNames.get(j) + " at " + v);
                    }
                    lower[j] = v;
                    upper[j] = v;
                }
            }
        }

        private void declarations(boolean binary) throws InstanceFormatException {
            while (!atEnd()) {
                Token t = peek(0);
                if (t.kind() != Kind.NAME || t.isInfinity()) {
                    throw error(t, "expected a variable name in " + (binary ? "Binaries" : "Generals") + ", found "
                            + t.describe());
                }
                pos++;
                int j = variable(t);
                integer[j] = true;
                if (binary) {
                    lower[j] = 0.0;
                    upper[j] = 1.0;
                }
            }
        }

        // ------------------------------------------------------------------ model

        private MilpModel build() throws InstanceFormatException {
            MilpModel.Builder b = MilpModel.builder(name).sense(sense).objectiveName(objectiveName)
                    .objectiveConstant(objectiveConstant);
            for (int j = 0; j < varNames.size(); j++) {
                b.addVariable(varNames.get(j), lower[j], upper[j], integer[j] ? VarType.INTEGER : VarType.CONTINUOUS,
                        cost[j]);
            }
            Set<String> used = new HashSet<>(explicitRowNames);
            for (int i = 0; i < rowNames.size(); i++) {
                String r = rowNames.get(i);
                if (r == null) {
                    String base = "c" + (i + 1);
                    r = base;
                    for (int k = 1; used.contains(r); k++) {
                        r = base + "_" + k;
                    }
                    used.add(r);
                }
                b.addRow(r, rowLower[i], rowUpper[i]);
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
    }
}
