package org.cobalt.instances.solution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.tsplib.LineScanner;
import org.cobalt.instances.tsplib.NumberText;

/**
 * MILP solution files ({@code .sol}): one {@code name value} line per variable, names as in the
 * model; variables not listed are 0 (SCIP writes only non-zeros). An optional {@code =obj= VALUE}
 * line carries the objective. Also accepted: SCIP's {@code solution status:} and
 * {@code objective value:} header lines and its {@code (obj:c)} suffixes, and {@code #} comment
 * lines (Gurobi's {@code # Objective value = V} is read as the objective). A file that says
 * {@code no solution available}, an unknown or repeated name, or a non-finite value is an error.
 * The writer lists every variable.
 */
public final class MilpSolutionFormat implements SolutionFormat<MilpModel, MilpSolution> {

    private static final Pattern OBJ_SUFFIX = Pattern.compile("^\\(obj:[^)]*\\)$");
    private static final Pattern SCIP_OBJECTIVE = Pattern.compile("(?i)^objective\\s+value\\s*:\\s*(\\S+)$");
    private static final Pattern SCIP_STATUS = Pattern.compile("(?i)^solution\\s+status\\s*:.*$");
    private static final Pattern NO_SOLUTION = Pattern.compile("(?i)^no\\s+solution\\s+available.*$");
    private static final Pattern COMMENT_OBJECTIVE = Pattern.compile("(?i)^#\\s*objective\\s+value\\s*[=:]\\s*(\\S+)$");

    @Override
    public String id() {
        return "milp-sol";
    }

    @Override
    public String extension() {
        return "sol";
    }

    @Override
    public Class<MilpModel> problemType() {
        return MilpModel.class;
    }

    @Override
    public Class<MilpSolution> solutionType() {
        return MilpSolution.class;
    }

    @Override
    public SolutionFile<MilpSolution> read(MilpModel model, BufferedReader in, String source) throws IOException {
        LineScanner sc = new LineScanner(in, source);
        int n = model.numVariables();
        double[] x = new double[n];
        long[] lineOf = new long[n];
        OptionalDouble objective = OptionalDouble.empty();
        long objectiveLine = 0;
        int contentLines = 0;
        String s;
        while ((s = sc.next()) != null) {
            String t = s.strip();
            if (t.isEmpty()) {
                continue;
            }
            contentLines++;
            Matcher m;
            if (t.startsWith("#")) {
                m = COMMENT_OBJECTIVE.matcher(t);
                if (m.matches()) {
                    objectiveLine = objectiveOnce(sc, objectiveLine);
                    objective = OptionalDouble.of(sc.parseDouble(m.group(1), "objective value"));
                }
                continue;
            }
            String[] tok = LineScanner.tokens(t);
            if (tok[0].equals("=obj=")) {
                if (tok.length != 2) {
                    throw sc.error("expected '=obj= VALUE'");
                }
                objectiveLine = objectiveOnce(sc, objectiveLine);
                objective = OptionalDouble.of(sc.parseDouble(tok[1], "objective value"));
                continue;
            }
            if (SCIP_STATUS.matcher(t).matches()) {
                continue;
            }
            if (NO_SOLUTION.matcher(t).matches()) {
                throw sc.error("the file holds no solution ('" + LineScanner.abbreviate(t) + "')");
            }
            m = SCIP_OBJECTIVE.matcher(t);
            if (m.matches()) {
                objectiveLine = objectiveOnce(sc, objectiveLine);
                objective = OptionalDouble.of(sc.parseDouble(m.group(1), "objective value"));
                continue;
            }
            if (tok.length != 2 && !(tok.length == 3 && OBJ_SUFFIX.matcher(tok[2]).matches())) {
                throw sc.error("expected 'NAME VALUE', got '" + LineScanner.abbreviate(t) + "'");
            }
            OptionalInt j = model.variableIndex(tok[0]);
            if (j.isEmpty()) {
                throw sc.error("unknown variable '" + LineScanner.abbreviate(tok[0]) + "' (not in model " + model.name() + ")");
            }
            int v = j.getAsInt();
            if (lineOf[v] > 0) {
                throw sc.error("variable " + tok[0] + " given twice (first on line " + lineOf[v] + ")");
            }
            lineOf[v] = sc.line();
            x[v] = sc.parseDouble(tok[1], "value of " + LineScanner.abbreviate(tok[0]));
        }
        if (contentLines == 0) {
            throw sc.error(0, "empty solution file");
        }
        return new SolutionFile<>(new MilpSolution(x), objective);
    }

    private static long objectiveOnce(LineScanner sc, long previous) throws InstanceFormatException {
        if (previous > 0) {
            throw sc.error("objective value given twice (first on line " + previous + ")");
        }
        return sc.line();
    }

    @Override
    public void write(MilpModel model, MilpSolution solution, double objective, Writer out) throws IOException {
        int n = model.numVariables();
        if (solution.size() != n) {
            throw new IllegalArgumentException("solution has " + solution.size() + " values, model has " + n + " variables");
        }
        for (int j = 0; j < n; j++) {
            String name = model.variableName(j);
            if (!isWritableName(name)) {
                throw new IllegalArgumentException("variable name '" + name + "' cannot be written in a .sol file"
                        + " (whitespace, a leading '#' or the word '=obj=')");
            }
            if (!Double.isFinite(solution.value(j))) {
                throw new IllegalArgumentException("variable " + name + " has the non-finite value " + solution.value(j));
            }
        }
        if (Double.isFinite(objective)) {
            out.write("=obj= " + NumberText.format(objective) + "\n");
        }
        StringBuilder sb = new StringBuilder(64);
        for (int j = 0; j < n; j++) {
            sb.setLength(0);
            sb.append(model.variableName(j)).append(' ').append(NumberText.format(solution.value(j))).append('\n');
            out.write(sb.toString());
        }
        out.flush();
    }

    /** Names the reader would take for something else, or split, cannot be written. */
    static boolean isWritableName(String name) {
        if (name.isEmpty() || name.startsWith("#") || name.equals("=obj=")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isWhitespace(name.charAt(i)) || Character.isSpaceChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
