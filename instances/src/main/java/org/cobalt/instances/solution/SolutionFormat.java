package org.cobalt.instances.solution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.Solution;

/**
 * One solution file format for one problem type, e.g. TSPLIB tours for TSPs. Readers check that the
 * file fits the problem (names, node ids, counts) and otherwise leave feasibility to the verifiers.
 *
 * @param <P> the problem type
 * @param <S> the solution type
 */
public interface SolutionFormat<P extends Problem, S extends Solution> {

    /** Short id, e.g. {@code tsplib-tour}. */
    String id();

    /** The customary file extension without the dot, e.g. {@code tour}. */
    String extension();

    /** Problems this format writes solutions for. */
    Class<P> problemType();

    /** The solution type it reads and writes. */
    Class<S> solutionType();

    /**
     * Reads a solution of {@code problem}.
     *
     * @param source file name for error messages
     * @throws org.cobalt.instances.InstanceFormatException on malformed input or a mismatch with the
     *         problem, naming source, line and reason
     */
    SolutionFile<S> read(P problem, BufferedReader in, String source) throws IOException;

    /**
     * Writes a solution; {@code objective} is recorded when finite and omitted when NaN.
     *
     * @throws IllegalArgumentException when the solution does not fit the problem or holds values
     *         the format cannot carry
     */
    void write(P problem, S solution, double objective, Writer out) throws IOException;
}
