package org.cobalt.instances.lp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;

/**
 * Which names the CPLEX LP format can carry, and an explicit way to rename a model so that it can be
 * written as LP.
 *
 * <p>A valid name has 1 to 255 characters, all letters, digits or one of
 * {@code ! " # $ % & ( ) , . ; ? @ _ ` ' { } ~}; it does not start with a digit or a period; it is not
 * {@code e} or {@code E} alone or followed by a digit or another {@code e} (those read as exponents); and
 * it is not an LP keyword ({@code free}, {@code inf}, {@code infinity}, {@code st}, {@code bounds},
 * {@code end}, {@code min}, {@code max}, ...). These are the CPLEX rules; SCIP, HiGHS, Gurobi and CBC read
 * such names too.
 */
public final class LpNames {

    /** Longest name CPLEX accepts. */
    public static final int MAX_LENGTH = 255;

    private static final String SYMBOLS = "!\"#$%&(),.;?@_`'{}~";

    private static final Set<String> KEYWORDS = Set.of("free", "inf", "infinity", "st", "s.t.", "st.", "s.t",
            "subject", "such", "bound", "bounds", "general", "generals", "gen", "integer", "integers", "binary",
            "binaries", "bin", "end", "min", "max", "minimize", "minimise", "minimum", "maximize", "maximise",
            "maximum", "semi", "semis", "sos", "sos1", "sos2", "pwlobj");

    private LpNames() {
    }

    /** True when {@code name} can be written to an LP file unchanged. */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (!allowed(name.charAt(k))) {
                return false;
            }
        }
        char first = name.charAt(0);
        if ((first >= '0' && first <= '9') || first == '.') {
            return false;
        }
        if ((first == 'e' || first == 'E') && (name.length() == 1 || isExponentContinuation(name.charAt(1)))) {
            return false;
        }
        return !KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isExponentContinuation(char c) {
        return (c >= '0' && c <= '9') || c == 'e' || c == 'E';
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || SYMBOLS.indexOf(c) >= 0;
    }

    /**
     * A copy of the model in which every variable, row and objective name that {@link #isValid} rejects
     * is replaced: disallowed characters become {@code _}, and a {@code _} prefix keeps the name from
     * starting with a digit, a period or an exponent; a numeric suffix keeps names unique. Valid names
     * are kept. Returns the model itself when every name is valid. Use it explicitly before writing LP:
     * the LP writer never renames silently.
     */
    public static MilpModel legalize(MilpModel model) {
        boolean clean = isValid(model.objectiveName());
        for (int j = 0; j < model.numVariables() && clean; j++) {
            clean = isValid(model.variableName(j));
        }
        for (int i = 0; i < model.numRows() && clean; i++) {
            clean = isValid(model.rowName(i));
        }
        if (clean) {
            return model;
        }
        Set<String> varsTaken = new HashSet<>();
        for (int j = 0; j < model.numVariables(); j++) {
            varsTaken.add(model.variableName(j));
        }
        Set<String> rowsTaken = new HashSet<>();
        for (int i = 0; i < model.numRows(); i++) {
            rowsTaken.add(model.rowName(i));
        }
        rowsTaken.add(model.objectiveName());
        MilpModel.Builder b = MilpModel.builder(model.name()).sense(model.sense())
                .objectiveConstant(model.objectiveConstant())
                .objectiveName(rename(model.objectiveName(), new HashSet<>(rowsTaken)));
        for (int j = 0; j < model.numVariables(); j++) {
            b.addVariable(rename(model.variableName(j), varsTaken), model.lower(j), model.upper(j), model.type(j),
                    model.cost(j));
        }
        SparseMatrix a = model.matrix();
        for (int i = 0; i < model.numRows(); i++) {
            b.addRow(rename(model.rowName(i), rowsTaken), model.rowLower(i), model.rowUpper(i));
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                b.setCoefficient(i, a.rowColumn(k), a.rowValue(k));
            }
        }
        return b.build();
    }

    private static String rename(String name, Set<String> taken) {
        if (isValid(name)) {
            return name;
        }
        StringBuilder s = new StringBuilder(name.length() + 1).append('_');
        for (int k = 0; k < name.length() && s.length() < MAX_LENGTH - 8; k++) {
            char c = name.charAt(k);
            s.append(allowed(c) ? c : '_');
        }
        String base = s.toString();
        String candidate = base;
        for (int k = 1; taken.contains(candidate) || !isValid(candidate); k++) {
            candidate = base + "_" + k;
        }
        taken.add(candidate);
        return candidate;
    }
}
