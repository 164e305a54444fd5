package org.cobalt.instances.solution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.tsplib.LineScanner;
import org.cobalt.instances.tsplib.NumberText;

/**
 * Single-machine job sequences ({@code .seq}), a small cobalt text format:
 * <pre>
 * # cobalt job sequence; job numbers are 1-based
 * name n20-0000
 * objective 195
 * sequence 3 1 2 ...
 * </pre>
 * {@code sequence} is required and lists every job exactly once, <b>1-based</b> (job {@code j} of
 * the file is job {@code j-1} of the {@link SequenceSolution}), all on one line. {@code name} and
 * {@code objective} are optional; {@code #} starts a comment line; keywords are case-insensitive.
 */
public final class SequenceFormat implements SolutionFormat<SingleMachineProblem, SequenceSolution> {

    @Override
    public String id() {
        return "sequence";
    }

    @Override
    public String extension() {
        return "seq";
    }

    @Override
    public Class<SingleMachineProblem> problemType() {
        return SingleMachineProblem.class;
    }

    @Override
    public Class<SequenceSolution> solutionType() {
        return SequenceSolution.class;
    }

    @Override
    public SolutionFile<SequenceSolution> read(SingleMachineProblem problem, BufferedReader in, String source)
            throws IOException {
        LineScanner sc = new LineScanner(in, source);
        int n = problem.size();
        int[] sequence = null;
        long nameLine = 0;
        long objectiveLine = 0;
        long sequenceLine = 0;
        OptionalDouble objective = OptionalDouble.empty();
        String s;
        while ((s = sc.next()) != null) {
            String t = s.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] tok = LineScanner.tokens(t);
            switch (tok[0].toLowerCase(Locale.ROOT)) {
                case "name" -> {
                    if (nameLine > 0) {
                        throw sc.error("name given twice (first on line " + nameLine + ")");
                    }
                    nameLine = sc.line();
                }
                case "objective" -> {
                    if (objectiveLine > 0) {
                        throw sc.error("objective given twice (first on line " + objectiveLine + ")");
                    }
                    if (tok.length != 2) {
                        throw sc.error("expected 'objective VALUE'");
                    }
                    objective = OptionalDouble.of(sc.parseDouble(tok[1], "objective"));
                    objectiveLine = sc.line();
                }
                case "sequence" -> {
                    if (sequenceLine > 0) {
                        throw sc.error("sequence given twice (first on line " + sequenceLine + ")");
                    }
                    sequenceLine = sc.line();
                    sequence = sequence(sc, tok, n);
                }
                default -> throw sc.error("unexpected line '" + LineScanner.abbreviate(t)
                        + "' (expected 'name ...', 'objective VALUE' or 'sequence J1 J2 ...')");
            }
        }
        if (sequence == null) {
            throw sc.error(0, "no 'sequence' line");
        }
        return new SolutionFile<>(new SequenceSolution(sequence), objective);
    }

    private static int[] sequence(LineScanner sc, String[] tok, int n) throws InstanceFormatException {
        if (tok.length - 1 != n) {
            throw sc.error("the sequence lists " + (tok.length - 1) + " jobs, the problem has " + n);
        }
        int[] seq = new int[n];
        boolean[] seen = new boolean[n];
        for (int k = 0; k < n; k++) {
            long j = sc.parseLong(tok[k + 1], "job number");
            if (j < 1 || j > n) {
                throw sc.error("job " + j + " outside 1.." + n + " (job numbers are 1-based)");
            }
            if (seen[(int) j - 1]) {
                throw sc.error("job " + j + " appears twice");
            }
            seen[(int) j - 1] = true;
            seq[k] = (int) j - 1;
        }
        return seq;
    }

    @Override
    public void write(SingleMachineProblem problem, SequenceSolution solution, double objective, Writer out)
            throws IOException {
        int n = problem.size();
        if (solution.length() != n) {
            throw new IllegalArgumentException("sequence has " + solution.length() + " jobs, problem has " + n);
        }
        boolean[] seen = new boolean[n];
        StringBuilder sb = new StringBuilder(8 * n + 16).append("sequence");
        for (int p = 0; p < n; p++) {
            int j = solution.job(p);
            if (j < 0 || j >= n || seen[j]) {
                throw new IllegalArgumentException("position " + p + " holds job " + j
                        + (j >= 0 && j < n ? " a second time" : ", not in 0.." + (n - 1)));
            }
            seen[j] = true;
            sb.append(' ').append(j + 1);
        }
        out.write("# cobalt job sequence; job numbers are 1-based\n");
        String name = problem.name();
        if (!name.isBlank() && name.indexOf('\n') < 0 && name.indexOf('\r') < 0) {
            out.write("name " + name.strip() + "\n");
        }
        if (Double.isFinite(objective)) {
            out.write("objective " + NumberText.format(objective) + "\n");
        }
        out.write(sb.append('\n').toString());
        out.flush();
    }
}
