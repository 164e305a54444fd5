package org.cobalt.instances.solution;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.Solution;
import org.cobalt.instances.Instances;

/**
 * Reads and writes solution files; the format follows from the problem type:
 * <ul>
 *   <li>MILP: {@code .sol}, {@code name value} lines ({@link MilpSolutionFormat}),</li>
 *   <li>TSP: TSPLIB {@code .tour} ({@link TourFormat}),</li>
 *   <li>CVRP: CVRPLIB {@code .sol} ({@link CvrpSolutionFormat}),</li>
 *   <li>single-machine scheduling: {@code .seq} with 1-based job numbers ({@link SequenceFormat}).</li>
 * </ul>
 * Files ending in {@code .gz} are compressed on writing; gzip input is recognised by its magic bytes.
 *
 * <pre>{@code
 * SolutionFiles.write(problem, result.solution(), Path.of("kroA100.tour"), result.objective());
 * Solution s = SolutionFiles.read(problem, Path.of("kroA100.tour"));
 * }</pre>
 */
public final class SolutionFiles {

    private static final List<SolutionFormat<?, ?>> FORMATS = List.of(new MilpSolutionFormat(), new TourFormat(),
            new CvrpSolutionFormat(), new SequenceFormat());

    private SolutionFiles() {
    }

    /** The solution format for a problem, if there is one. */
    public static Optional<SolutionFormat<?, ?>> formatFor(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        return FORMATS.stream().filter(f -> f.problemType().isInstance(problem)).findFirst();
    }

    /**
     * Reads a solution of {@code problem}.
     *
     * @throws org.cobalt.instances.InstanceFormatException when the file is malformed or does not fit the problem
     * @throws IllegalArgumentException when no solution format exists for the problem type
     */
    public static Solution read(Problem problem, Path file) throws IOException {
        return readFile(problem, file).solution();
    }

    /** Reads a solution together with the objective value the file states (if any). */
    public static SolutionFile<? extends Solution> readFile(Problem problem, Path file) throws IOException {
        SolutionFormat<?, ?> f = require(problem);
        try (BufferedReader in = Instances.open(file)) {
            return readWith(f, problem, in, file.toString());
        }
    }

    /**
     * Writes a solution; {@code objective} is recorded in the file (pass NaN to leave it out).
     *
     * @throws IllegalArgumentException when the solution is of the wrong kind for the problem or
     *         does not fit it, or no solution format exists for the problem type
     */
    public static void write(Problem problem, Solution solution, Path file, double objective) throws IOException {
        SolutionFormat<?, ?> f = require(problem);
        Objects.requireNonNull(solution, "solution");
        if (!f.solutionType().isInstance(solution)) {
            throw new IllegalArgumentException("a " + problem.family().id() + " problem needs a "
                    + f.solutionType().getSimpleName() + ", got " + solution.getClass().getSimpleName());
        }
        // Render first so that a solution the format rejects leaves no half-written file behind.
        StringWriter text = new StringWriter();
        writeWith(f, problem, solution, objective, text);
        try (BufferedWriter out = Instances.create(file)) {
            out.write(text.toString());
        }
    }

    private static SolutionFormat<?, ?> require(Problem problem) {
        return formatFor(problem).orElseThrow(() -> new IllegalArgumentException(
                "no solution file format for " + problem.family().id() + " problems (" + problem.getClass().getSimpleName() + ")"));
    }

    private static <P extends Problem, S extends Solution> SolutionFile<S> readWith(SolutionFormat<P, S> f, Problem problem,
            BufferedReader in, String source) throws IOException {
        return f.read(f.problemType().cast(problem), in, source);
    }

    private static <P extends Problem, S extends Solution> void writeWith(SolutionFormat<P, S> f, Problem problem,
            Solution solution, double objective, Writer out) throws IOException {
        f.write(f.problemType().cast(problem), f.solutionType().cast(solution), objective, out);
    }
}
