package org.cobalt.instances;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.cobalt.core.problem.Problem;

/**
 * One instance file format: how to recognise, read and (optionally) write it. Registered formats
 * are listed by {@link Instances#formats()}.
 */
public interface InstanceFormat {

    /** Short id, e.g. {@code mps}, {@code lp}, {@code tsplib}, {@code cvrplib}, {@code smtt-jsonl}. */
    String id();

    /** File extensions without the dot and without {@code .gz}, e.g. {@code ["mps", "fmps"]}. */
    List<String> extensions();

    /**
     * True when the first few kilobytes of a file look like this format (used when the extension
     * says nothing). Must not throw.
     */
    boolean probe(String head);

    /**
     * Reads every instance in the input (most formats hold exactly one; line-oriented collections
     * hold many).
     *
     * @param in     the (already decompressed) text
     * @param source file name for error messages
     * @param name   default instance name (file stem) for formats that carry none
     * @throws InstanceFormatException on malformed input, naming source, line and reason
     */
    List<Problem> read(BufferedReader in, String source, String name) throws IOException;

    /** True when {@link #write} can represent this problem. */
    default boolean canWrite(Problem problem) {
        return false;
    }

    /**
     * Writes one problem. Output read back by {@link #read} gives an equal problem.
     *
     * @throws IllegalArgumentException when the problem cannot be represented (see {@link #canWrite})
     */
    default void write(Problem problem, Writer out) throws IOException {
        throw new UnsupportedOperationException(id() + " has no writer");
    }
}
