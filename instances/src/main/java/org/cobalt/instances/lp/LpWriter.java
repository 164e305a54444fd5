package org.cobalt.instances.lp;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.SparseMatrix;

/**
 * Writes a {@link MilpModel} in the CPLEX LP format so that {@link LpReader} reads back an equal model.
 *
 * <p>The model name goes into a {@code \Problem name:} comment. The objective lists every variable
 * in index order (zero costs as {@code 0 x}) so that the reader, which numbers variables by first
 * appearance, restores their order; the constant comes last. Every constraint is named. Ranged rows
 * are written {@code lo <= expr <= up}, free rows {@code expr >= -inf}, rows without coefficients
 * {@code 0 x >= rhs} with the first variable. Bounds are written only where they differ from
 * [0, +inf), always with both sides when both are finite; integer variables with bounds exactly [0, 1]
 * go to {@code Binaries}, other integer variables to {@code Generals}.
 *
 * <p>Refused with {@link IllegalArgumentException}: names that {@link LpNames#isValid} rejects (all
 * offenders are listed; {@link LpNames#legalize} renames them explicitly), a model name with line
 * breaks or surrounding blanks, and finite values of magnitude {@code >= 1e30} (they read back as
 * infinite).
 */
public final class LpWriter {

    private static final int MAX_LISTED = 10;
    private static final int LINE = 100;

    /** Writes the model. */
    public void write(MilpModel model, Writer out) throws IOException {
        String why = whyNot(model);
        if (why != null) {
            throw new IllegalArgumentException(model.name() + ": " + why);
        }
        new Emitter(model, out).emit();
    }

    /** The model as LP text. */
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
        String n = model.name();
        if (n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0 || !n.equals(n.strip())) {
            return "model name '" + n + "' has line breaks or surrounding blanks";
        }
        List<String> bad = new ArrayList<>();
        int count = 0;
        if (!LpNames.isValid(model.objectiveName())) {
            bad.add("objective '" + model.objectiveName() + "'");
            count++;
        }
        for (int j = 0; j < model.numVariables(); j++) {
            if (!LpNames.isValid(model.variableName(j))) {
                if (count++ < MAX_LISTED) {
                    bad.add("variable '" + model.variableName(j) + "'");
                }
            }
        }
        for (int i = 0; i < model.numRows(); i++) {
            if (!LpNames.isValid(model.rowName(i))) {
                if (count++ < MAX_LISTED) {
                    bad.add("row '" + model.rowName(i) + "'");
                }
            }
        }
        if (count > 0) {
            return "the LP format cannot carry " + count + " name(s): " + String.join(", ", bad)
                    + (count > bad.size() ? ", ..." : "")
                    + " (LP names start with a letter or one of !\"#$%&(),;?@_`'{}~, hold no blanks or operators,"
                    + " are not e/E followed by a digit and not keywords; LpNames.legalize renames them)";
        }
        for (int j = 0; j < model.numVariables(); j++) {
            if (huge(model.lower(j)) || huge(model.upper(j))) {
                return "variable " + model.variableName(j) + " has a finite bound of magnitude >= 1e30, which reads back as infinite";
            }
        }
        for (int i = 0; i < model.numRows(); i++) {
            if (huge(model.rowLower(i)) || huge(model.rowUpper(i))) {
                return "row " + model.rowName(i) + " has a finite side of magnitude >= 1e30, which reads back as infinite";
            }
        }
        return null;
    }

    private static boolean huge(double v) {
        return Double.isFinite(v) && Math.abs(v) >= 1e30;
    }

    static String format(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static final class Emitter {
        private final MilpModel m;
        private final Writer out;
        private final StringBuilder line = new StringBuilder(LINE + 64);

        Emitter(MilpModel m, Writer out) {
            this.m = m;
            this.out = out;
        }

        void emit() throws IOException {
            out.write("\\Problem name: " + m.name() + "\n");
            out.write(m.sense() == ObjectiveSense.MAXIMIZE ? "Maximize\n" : "Minimize\n");
            start(" " + m.objectiveName() + ":");
            boolean first = true;
            for (int j = 0; j < m.numVariables(); j++) {
                term(m.cost(j), m.variableName(j), first, true);
                first = false;
            }
            if (m.objectiveConstant() != 0.0) {
                constantTerm(m.objectiveConstant(), first);
            }
            finish();
            out.write("Subject To\n");
            SparseMatrix a = m.matrix();
            for (int i = 0; i < m.numRows(); i++) {
                row(a, i);
            }
            bounds();
            declarations();
            out.write("End\n");
        }

        private void row(SparseMatrix a, int i) throws IOException {
            double lo = m.rowLower(i);
            double up = m.rowUpper(i);
            start(" " + m.rowName(i) + ":");
            if (m.rowSense(i) == org.cobalt.core.milp.RowSense.RANGE) {
                line.append(' ').append(format(lo)).append(" <=");
            }
            boolean first = true;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                term(a.rowValue(k), m.variableName(a.rowColumn(k)), first, false);
                first = false;
            }
            if (first) {
                if (m.numVariables() > 0) {
                    term(0.0, m.variableName(0), true, true);
                } else {
                    line.append(" 0");
                }
            }
            switch (m.rowSense(i)) {
                case LE -> line.append(" <= ").append(format(up));
                case GE -> line.append(" >= ").append(format(lo));
                case EQ -> line.append(" = ").append(format(lo));
                case RANGE -> line.append(" <= ").append(format(up));
                case FREE -> line.append(" >= -inf");
            }
            finish();
        }

        private void bounds() throws IOException {
            boolean header = false;
            for (int j = 0; j < m.numVariables(); j++) {
                double lo = m.lower(j);
                double up = m.upper(j);
                if (binary(j) || (lo == 0.0 && up == Double.POSITIVE_INFINITY)) {
                    continue;
                }
                if (!header) {
                    out.write("Bounds\n");
                    header = true;
                }
                String x = m.variableName(j);
                String b;
                if (lo == up) {
                    b = x + " = " + format(lo);
                } else if (lo == Double.NEGATIVE_INFINITY && up == Double.POSITIVE_INFINITY) {
                    b = x + " free";
                } else if (up == Double.POSITIVE_INFINITY) {
                    b = x + " >= " + format(lo);
                } else {
                    b = format(lo) + " <= " + x + " <= " + format(up);
                }
                out.write(" " + b + "\n");
            }
        }

        private boolean binary(int j) {
            return m.isIntegral(j) && m.lower(j) == 0.0 && m.upper(j) == 1.0;
        }

        private void declarations() throws IOException {
            list("Generals", false);
            list("Binaries", true);
        }

        private void list(String header, boolean binaries) throws IOException {
            boolean any = false;
            for (int j = 0; j < m.numVariables(); j++) {
                if (m.isIntegral(j) && binary(j) == binaries) {
                    if (!any) {
                        out.write(header + "\n");
                        line.setLength(0);
                        any = true;
                    }
                    if (line.length() + m.variableName(j).length() > LINE) {
                        out.write(line.append('\n').toString());
                        line.setLength(0);
                    }
                    line.append(' ').append(m.variableName(j));
                }
            }
            if (any && !line.isEmpty()) {
                out.write(line.append('\n').toString());
            }
            line.setLength(0);
        }

        private void start(String head) {
            line.setLength(0);
            line.append(head);
        }

        /** Appends {@code coef name}; breaks the line before a sign when it grows long. */
        private void term(double coef, String name, boolean first, boolean writeZero) throws IOException {
            if (coef == 0.0 && !writeZero) {
                return;
            }
            wrap();
            double abs = Math.abs(coef);
            if (first) {
                line.append(coef < 0 ? " - " : " ");
            } else {
                line.append(coef < 0 ? " - " : " + ");
            }
            if (abs != 1.0) {
                line.append(format(abs)).append(' ');
            }
            line.append(name);
        }

        private void constantTerm(double c, boolean first) throws IOException {
            wrap();
            line.append(c < 0 ? " - " : first ? " " : " + ").append(format(Math.abs(c)));
        }

        private void wrap() throws IOException {
            if (line.length() > LINE) {
                out.write(line.append('\n').toString());
                line.setLength(0);
            }
        }

        private void finish() throws IOException {
            out.write(line.append('\n').toString());
            line.setLength(0);
        }
    }
}
