package org.cobalt.bench.batch;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.cobalt.bench.report.NumberFormats;
import org.cobalt.core.solver.SolveStatus;

/** Shows a batch's progress: a terminal bar, a log line per job, or nothing. */
public interface BatchProgress extends AutoCloseable {

    /** Called once before the first job; {@code done} jobs were finished by earlier runs. */
    void start(int total, int done);

    /** Called after each finished job with the new totals. */
    void finished(ResultRecord record, int done, int total);

    /** Ends the display (idempotent). */
    @Override
    void close();

    /** The reporter for a mode; AUTO picks a bar when stderr is a terminal. */
    static BatchProgress create(ProgressMode mode, PrintWriter err) {
        ProgressMode m = mode == ProgressMode.AUTO ? (stderrIsTerminal() ? ProgressMode.BAR : ProgressMode.LOG) : mode;
        return switch (m) {
            case BAR -> new Bar();
            case LOG -> new Log(err);
            default -> new None();
        };
    }

    /**
     * True when stderr is a terminal: from {@code -Dcobalt.tty} (which {@code bin/cobalt} sets
     * with {@code [ -t 2 ]}), else from the JDK's console ({@code Console.isTerminal()} on JDK 22+).
     */
    static boolean stderrIsTerminal() {
        String prop = System.getProperty("cobalt.tty");
        if (prop != null) {
            return Boolean.parseBoolean(prop);
        }
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = c.getClass().getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    /** Short status names for counts. */
    static String shortName(SolveStatus s) {
        return switch (s) {
            case OPTIMAL -> "opt";
            case FEASIBLE -> "feas";
            case INFEASIBLE -> "infeas";
            case UNBOUNDED -> "unbd";
            case INFEASIBLE_OR_UNBOUNDED -> "inf/unbd";
            case LIMIT_REACHED -> "limit";
            case ERROR -> "error";
        };
    }

    /** Counts per status, as {@code "opt 3, feas 1, error 2"}. */
    final class Counts {
        private final Map<SolveStatus, Integer> counts = new EnumMap<>(SolveStatus.class);

        void add(SolveStatus s) {
            counts.merge(s, 1, Integer::sum);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            counts.forEach((s, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(shortName(s)).append(' ').append(n));
            return sb.toString();
        }
    }

    /** The terminal bar (me.tongfei progressbar) with ETA and counts by status of this run. */
    final class Bar implements BatchProgress {
        private final Counts counts = new Counts();
        private ProgressBar bar;

        @Override
        public synchronized void start(int total, int done) {
            bar = new ProgressBarBuilder().setTaskName("batch").setInitialMax(total).startsFrom(done, Duration.ZERO)
                    .setUpdateIntervalMillis(500).build();
        }

        @Override
        public synchronized void finished(ResultRecord record, int done, int total) {
            if (bar == null) {
                return;
            }
            counts.add(record.solveStatus());
            bar.stepTo(done);
            bar.setExtraMessage(counts.toString());
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    /** One line per finished job, for logs and pipes. */
    final class Log implements BatchProgress {
        private final PrintWriter err;
        private int width = 1;

        Log(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void start(int total, int done) {
            width = Integer.toString(total).length();
            if (done > 0) {
                err.println("cobalt: " + done + " of " + total + " jobs already done; running the other " + (total - done));
                err.flush();
            }
        }

        @Override
        public synchronized void finished(ResultRecord r, int done, int total) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "[%" + width + "d/%d] ", done, total)).append(r.key()).append(": ")
                    .append(r.status());
            if (r.objective() != null) {
                sb.append(' ').append(NumberFormats.value(r.objective()));
            }
            if (r.time() != null) {
                sb.append(" in ").append(NumberFormats.seconds(r.time())).append(" s");
            }
            if (Boolean.FALSE.equals(r.verified()) || Boolean.FALSE.equals(r.objectiveMatch())) {
                sb.append(" VERIFICATION FAILED");
            } else if (Boolean.TRUE.equals(r.verified())) {
                sb.append(", verified");
            }
            if (Boolean.FALSE.equals(r.referenceMatch())) {
                sb.append(", DISAGREES with the known ").append(r.referenceKind()).append(' ')
                        .append(r.reference() == null ? "" : NumberFormats.value(r.reference()));
            }
            if (r.solveStatus() == SolveStatus.ERROR && !r.message().isEmpty()) {
                String m = r.message();
                sb.append(": ").append(m.length() > 200 ? m.substring(0, 200) + "..." : m);
            }
            err.println(sb);
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    /** No progress output. */
    final class None implements BatchProgress {
        @Override
        public void start(int total, int done) {
        }

        @Override
        public void finished(ResultRecord record, int done, int total) {
        }

        @Override
        public void close() {
        }
    }
}
