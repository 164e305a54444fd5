package org.cobalt.milp.reference;

import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receives ojAlgo's integer-solver progress log (enabled with
 * {@code options.progress(IntegerSolver.class)}) and turns it into events: a line
 * {@code [nodeBound, previous] -> FEASIBLE value @ {...}} announces a new incumbent with that
 * objective (model sense, without cobalt's objective constant), and
 * {@code Done N IntegerSolver iterations ...} gives the node count. Lines are also handed to an
 * optional sink (the solver log when verbose). ojAlgo writes from its worker threads.
 */
final class OjAlgoProgressLog extends Writer {

    private static final Pattern INCUMBENT = Pattern.compile("^\\[[^\\]]*\\] -> (OPTIMAL|FEASIBLE|DISTINCT|APPROXIMATE) (\\S+) @");
    private static final Pattern DONE = Pattern.compile("^Done (\\d+) IntegerSolver iterations");

    private final DoubleConsumer incumbents;
    private final Consumer<String> lines;
    private final StringBuilder line = new StringBuilder();
    private volatile long iterations = -1;

    OjAlgoProgressLog(DoubleConsumer incumbents, Consumer<String> lines) {
        this.incumbents = incumbents;
        this.lines = lines;
    }

    /** Integer-solver iterations (nodes) reported at the end, or -1. */
    long iterations() {
        return iterations;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int k = offset; k < offset + length; k++) {
            char c = buffer[k];
            if (c == '\n') {
                accept(line.toString());
                line.setLength(0);
            } else if (line.length() < 4096) {
                // solution vectors make lines long; the head carries all that is parsed
                line.append(c);
            }
        }
    }

    private void accept(String text) {
        lines.accept(text);
        Matcher m = INCUMBENT.matcher(text);
        if (m.find()) {
            try {
                incumbents.accept(Double.parseDouble(m.group(2)));
            } catch (NumberFormatException e) {
                // an unexpected format costs an event, never the solve
            }
            return;
        }
        Matcher d = DONE.matcher(text);
        if (d.find()) {
            try {
                iterations = Long.parseLong(d.group(1));
            } catch (NumberFormatException e) {
                // ignored as above
            }
        }
    }

    @Override
    public synchronized void flush() {
        if (!line.isEmpty()) {
            accept(line.toString());
            line.setLength(0);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
