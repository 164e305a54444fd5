package org.cobalt.instances.mps;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.RowSense;
import org.cobalt.core.milp.SparseMatrix;

/**
 * Writes a {@link MilpModel} as free MPS that {@link MpsReader} reads back to an equal model (and that
 * CPLEX, SCIP, HiGHS and CBC read as the same model).
 *
 * <p>Numbers are written in their shortest round-tripping form. Maximization is written as an
 * {@code OBJSENSE} section, the objective constant as minus the RHS of the objective row, integer
 * columns inside {@code MARKER INTORG/INTEND} blocks. Ranged rows become {@code L} rows with a RANGES
 * entry (or {@code G} rows when that reproduces the lower side exactly), free rows {@code L} rows with
 * right-hand side {@code 1e+30}; free columns get {@code FR}, columns unbounded below {@code MI}, integer
 * columns unbounded above an explicit {@code PL} so that readers that make bare integer columns binary
 * agree.
 *
 * <p>Refused with {@link IllegalArgumentException} (naming the offenders): names that are empty, hold
 * blanks or control characters, a row called {@code 'MARKER'}, an objective name equal to a row name,
 * a model name with line breaks or surrounding blanks, finite bounds or sides of magnitude
 * {@code >= 1e30} (they would read back as infinite), and ranged rows whose lower side exceeds the
 * upper side. A range value is written so that {@link MpsReader} reproduces both sides exactly (at
 * most 40 significant digits in practice).
 */
public final class MpsWriter {

    private static final int MAX_LISTED = 10;

    /** Writes the model. */
    public void write(MilpModel model, Writer out) throws IOException {
        check(model);
        new Emitter(model, out).emit();
    }

    /** The model as free MPS text. */
    public String toText(MilpModel model) {
        StringWriter w = new StringWriter();
        try {
            write(model, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Null when the model can be written, else why not. */
    public String whyNot(MilpModel model) {
        List<String> bad = new ArrayList<>();
        String n = model.name();
        if (n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0 || !n.equals(n.strip())) {
            return "model name '" + n + "' has line breaks or surrounding blanks";
        }
        if (!validName(model.objectiveName())) {
            bad.add("objective '" + model.objectiveName() + "'");
        } else if (model.rowIndex(model.objectiveName()).isPresent()) {
            return "objective name '" + model.objectiveName() + "' is also a row name";
        }
        for (int i = 0; i < model.numRows() && bad.size() < MAX_LISTED; i++) {
            String r = model.rowName(i);
            if (!validName(r) || r.equalsIgnoreCase("'MARKER'")) {
                bad.add("row '" + r + "'");
            }
        }
        for (int j = 0; j < model.numVariables() && bad.size() < MAX_LISTED; j++) {
            if (!validName(model.variableName(j))) {
                bad.add("column '" + model.variableName(j) + "'");
            }
        }
        if (!bad.isEmpty()) {
            return "MPS cannot carry these names (empty, blanks or control characters, or 'MARKER'): "
                    + String.join(", ", bad);
        }
        for (int j = 0; j < model.numVariables(); j++) {
            if (huge(model.lower(j)) || huge(model.upper(j))) {
                return "column " + model.variableName(j) + " has a finite bound of magnitude >= 1e30, which reads back as infinite";
            }
        }
        for (int i = 0; i < model.numRows(); i++) {
            if (huge(model.rowLower(i)) || huge(model.rowUpper(i))) {
                return "row " + model.rowName(i) + " has a finite side of magnitude >= 1e30, which reads back as infinite";
            }
            if (model.rowSense(i) == RowSense.RANGE && MpsRanges.encode(model.rowLower(i), model.rowUpper(i)) == null) {
                return "row " + model.rowName(i) + " has its lower side " + model.rowLower(i) + " above its upper side "
                        + model.rowUpper(i) + ", which MPS ranges cannot express";
            }
        }
        return null;
    }

    private void check(MilpModel model) {
        String why = whyNot(model);
        if (why != null) {
            throw new IllegalArgumentException(model.name() + ": " + why);
        }
    }

    private static boolean huge(double v) {
        return Double.isFinite(v) && Math.abs(v) >= MpsNumbers.INFINITY;
    }

    static boolean validName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class Emitter {
        private static final int[] FIELD_START = {1, 4, 14, 24, 39, 49};

        private final MilpModel m;
        private final Writer out;
        private final StringBuilder line = new StringBuilder(96);

        Emitter(MilpModel m, Writer out) {
            this.m = m;
            this.out = out;
        }

        void emit() throws IOException {
            out.write(m.name().isEmpty() ? "NAME\n" : "NAME          " + m.name() + "\n");
            if (m.sense() == ObjectiveSense.MAXIMIZE) {
                out.write("OBJSENSE\n    MAX\n");
            }
            String obj = m.objectiveName();
            out.write("ROWS\n");
            out.write(" N  " + obj + "\n");
            int rows = m.numRows();
            MpsRanges.Encoding[] ranges = new MpsRanges.Encoding[rows];
            for (int i = 0; i < rows; i++) {
                char t = switch (m.rowSense(i)) {
                    case LE, FREE -> 'L';
                    case GE -> 'G';
                    case EQ -> 'E';
                    case RANGE -> {
                        ranges[i] = MpsRanges.encode(m.rowLower(i), m.rowUpper(i));
                        yield ranges[i].type();
                    }
                };
                line.setLength(0);
                field(line, 0, String.valueOf(t));
                field(line, 1, m.rowName(i));
                out.write(line.append('\n').toString());
            }
            columns();
            rhs(ranges);
            ranges(ranges);
            bounds();
            out.write("ENDATA\n");
        }

        private void columns() throws IOException {
            out.write("COLUMNS\n");
            SparseMatrix a = m.matrix();
            boolean inInt = false;
            int markers = 0;
            for (int j = 0; j < m.numVariables(); j++) {
                if (m.isIntegral(j) != inInt) {
                    inInt = !inInt;
                    marker(markers++, inInt);
                }
                String col = m.variableName(j);
                int pending = 0;
                if (m.cost(j) != 0.0 || a.columnStart(j) == a.columnEnd(j)) {
                    pending = pair(col, pending, m.objectiveName(), m.cost(j));
                }
                for (int k = a.columnStart(j); k < a.columnEnd(j); k++) {
                    pending = pair(col, pending, m.rowName(a.columnRow(k)), a.columnValue(k));
                }
                flush(pending);
            }
            if (inInt) {
                marker(markers, false);
            }
        }

        private void marker(int k, boolean start) throws IOException {
            line.setLength(0);
            field(line, 1, "MARKER" + k);
            field(line, 2, "'MARKER'");
            field(line, 4, start ? "'INTORG'" : "'INTEND'");
            out.write(line.append('\n').toString());
        }

        private int pair(String head, int pending, String row, double value) throws IOException {
            return pair(head, pending, row, MpsNumbers.format(value));
        }

        /** Appends a (row, value) pair to the current line, two pairs per line. */
        private int pair(String head, int pending, String row, String value) throws IOException {
            if (pending == 0) {
                line.setLength(0);
                field(line, 1, head);
                field(line, 2, row);
                field(line, 3, value);
                return 1;
            }
            field(line, 4, row);
            field(line, 5, value);
            line.append('\n');
            out.write(line.toString());
            return 0;
        }

        private void flush(int pending) throws IOException {
            if (pending == 1) {
                line.append('\n');
                out.write(line.toString());
            }
        }

        private void rhs(MpsRanges.Encoding[] ranges) throws IOException {
            out.write("RHS\n");
            int pending = 0;
            if (m.objectiveConstant() != 0.0) {
                pending = pair("RHS", pending, m.objectiveName(), -m.objectiveConstant());
            }
            for (int i = 0; i < m.numRows(); i++) {
                double r = switch (m.rowSense(i)) {
                    case LE, EQ -> m.rowUpper(i);
                    case GE -> m.rowLower(i);
                    case FREE -> Double.POSITIVE_INFINITY;
                    case RANGE -> ranges[i].rhs();
                };
                if (r != 0.0) {
                    pending = pair("RHS", pending, m.rowName(i), r);
                }
            }
            flush(pending);
        }

        private void ranges(MpsRanges.Encoding[] ranges) throws IOException {
            boolean any = false;
            int pending = 0;
            for (int i = 0; i < m.numRows(); i++) {
                if (ranges[i] != null) {
                    if (!any) {
                        out.write("RANGES\n");
                        any = true;
                    }
                    pending = pair("RNG", pending, m.rowName(i), ranges[i].range());
                }
            }
            flush(pending);
        }

        private void bounds() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < m.numVariables(); j++) {
                String c = m.variableName(j);
                double lo = m.lower(j);
                double up = m.upper(j);
                boolean intg = m.isIntegral(j);
                if (lo == up) {
                    bound(b, "FX", c, lo);
                } else if (lo == Double.NEGATIVE_INFINITY && up == Double.POSITIVE_INFINITY) {
                    bound(b, "FR", c, Double.NaN);
                } else {
                    if (lo == Double.NEGATIVE_INFINITY) {
                        bound(b, "MI", c, Double.NaN);
                    }
                    if (up != Double.POSITIVE_INFINITY) {
                        bound(b, "UP", c, up);
                    } else if (intg) {
                        bound(b, "PL", c, Double.NaN);
                    }
                    // after UP, so that a negative UP on a zero lower bound keeps that bound
                    if (Double.isFinite(lo) && (lo != 0.0 || up < 0.0)) {
                        bound(b, "LO", c, lo);
                    }
                }
            }
            if (!b.isEmpty()) {
                out.write("BOUNDS\n");
                out.write(b.toString());
            }
        }

        private static void bound(StringBuilder b, String type, String col, double v) {
            int from = b.length();
            field(b, from, 0, type);
            field(b, from, 1, "BND");
            field(b, from, 2, col);
            if (!Double.isNaN(v)) {
                field(b, from, 3, MpsNumbers.format(v));
            }
            b.append('\n');
        }

        private static void field(StringBuilder b, int f, String text) {
            field(b, 0, f, text);
        }

        /**
         * Puts a field at its fixed-MPS column (2, 5, 15, 25, 40, 50) when the line is short enough,
         * else after one blank. Lines whose names and numbers fit are then valid fixed and free MPS,
         * which readers that guess the layout line by line (CBC's CoinMpsIO) need.
         */
        private static void field(StringBuilder b, int lineStart, int f, String text) {
            int col = lineStart + FIELD_START[f];
            if (b.length() - lineStart > 0 && b.length() >= col) {
                b.append(' ');
            }
            while (b.length() < col) {
                b.append(' ');
            }
            b.append(text);
        }
    }
}
