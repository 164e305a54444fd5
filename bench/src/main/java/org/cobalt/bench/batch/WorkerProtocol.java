package org.cobalt.bench.batch;

import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The line protocol between the batch runner and its worker JVMs. The runner writes one
 * {@link WorkerRequest} JSON per line to the worker's stdin. The worker answers on stdout with
 * lines that carry a marker, so that anything else a native library prints there is ignored
 * (the marker is searched anywhere in the line, since native output may lack its newline):
 * <pre>
 * MARK ready                 after start-up, once solvers are loaded
 * MARK started ID            the instance is read; the solve (and the watchdog clock) starts
 * MARK result ID {json}      the {@link WorkerOutcome}
 * </pre>
 */
public final class WorkerProtocol {

    /** Marks protocol lines: an ASCII record separator, which solver logs do not print, and a tag. */
    public static final String MARK = "\u001ecobalt-worker ";

    /** A message from a worker. */
    public sealed interface Message permits Ready, Started, Result, Exited {
    }

    /** The worker is ready for jobs. */
    public record Ready() implements Message {
    }

    /** The worker has read the instance of job {@code id} and starts solving. */
    public record Started(long id) implements Message {
    }

    /** Job {@code id} finished. */
    public record Result(long id, WorkerOutcome outcome) implements Message {
    }

    /** The worker's stdout closed: it exited or was killed. */
    public record Exited() implements Message {
    }

    private WorkerProtocol() {
    }

    public static String ready() {
        return MARK + "ready";
    }

    public static String started(long id) {
        return MARK + "started " + id;
    }

    public static String result(long id, WorkerOutcome outcome) {
        return MARK + "result " + id + " " + ResultJson.line(outcome);
    }

    /**
     * The protocol message in a stdout line, or empty for other output.
     *
     * @throws IllegalArgumentException for a marked line that does not parse (a protocol bug)
     */
    public static Optional<Message> parse(String line) {
        int at = line.indexOf(MARK);
        if (at < 0) {
            return Optional.empty();
        }
        String body = line.substring(at + MARK.length());
        try {
            if (body.equals("ready")) {
                return Optional.of(new Ready());
            }
            if (body.startsWith("started ")) {
                return Optional.of(new Started(Long.parseLong(body.substring(8).strip())));
            }
            if (body.startsWith("result ")) {
                int sp = body.indexOf(' ', 7);
                long id = Long.parseLong(body.substring(7, sp));
                return Optional.of(new Result(id, ResultJson.parse(body.substring(sp + 1), WorkerOutcome.class)));
            }
        } catch (NumberFormatException | IndexOutOfBoundsException | JacksonException e) {
            throw new IllegalArgumentException("malformed worker message: " + abbreviate(body), e);
        }
        throw new IllegalArgumentException("unknown worker message: " + abbreviate(body));
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
