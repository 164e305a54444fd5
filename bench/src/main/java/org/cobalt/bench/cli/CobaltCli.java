package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.cobalt.bench.batch.UsageException;
import org.cobalt.bench.batch.BatchAbortedException;
import org.cobalt.bench.reference.ReferenceFormatException;
import org.cobalt.core.solver.UnknownSolverException;
import org.cobalt.instances.InstanceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code cobalt} command line: {@code solvers}, {@code solve}, {@code batch}, {@code verify}.
 * New commands ({@code compare}, {@code demo}, ...) are picocli subcommands added in
 * {@link #commandLine(CliEnvironment)}; they share the option mixins of this package
 * ({@link TimeLimitOption}, {@link SeedOption}, {@link ThreadsOption}, {@link ParamOptions}) and
 * reach solvers through {@link #environment()}.
 */
@Command(name = "cobalt", mixinStandardHelpOptions = true, versionProvider = CobaltCli.Version.class,
        showDefaultValues = true,
        description = {"cobalt: combinatorial-optimization solvers behind one command line.",
                "Solve single instances, run resumable batches over folders of instances, and verify solutions."},
        subcommands = {SolversCommand.class, SolveCommand.class, BatchCommand.class, CompareCommand.class, VerifyCommand.class,
            DemoCommand.class, SubmodularCommand.class, TrainCommand.class, CocoCommand.class,
            HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure: unreadable input, failed verification, reference mismatch",
            "2:usage error", "130:interrupted (Ctrl-C)"},
        footerHeading = "%nExamples:%n",
        footer = {"  cobalt solvers",
            "  cobalt solve data/p0033.mps.gz --time-limit 60",
            "  cobalt batch data/miplib3 --solvers scip,cobalt-bb --out res.jsonl",
            "  cobalt help batch",
            "",
            "docs/cli.md documents every command and the batch JSONL fields."})
public final class CobaltCli implements Callable<Integer> {

    /** Success. */
    public static final int EXIT_OK = 0;
    /** A failure: unreadable input, failed verification, a result contradicting a known optimum. */
    public static final int EXIT_FAILURE = 1;
    /** The command line itself is wrong. */
    public static final int EXIT_USAGE = 2;
    /** Stopped by Ctrl-C (128 + SIGINT). */
    public static final int EXIT_INTERRUPTED = 130;

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    public CobaltCli(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** What the subcommands work against. */
    public CliEnvironment environment() {
        return environment;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    /** A configured command line (tests set its out/err writers). */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine cl = new CommandLine(new CobaltCli(environment));
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> handle(ex, cmd));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(commandLine(CliEnvironment.standard()).execute(args));
    }

    private static int handle(Exception ex, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        int code;
        String message;
        switch (ex) {
            case CliFailure f -> {
                code = f.exitCode();
                message = f.getMessage();
            }
            case UsageException u -> {
                code = EXIT_USAGE;
                message = u.getMessage();
            }
            case UnknownSolverException u -> {
                code = EXIT_USAGE;
                message = u.getMessage();
            }
            case InstanceFormatException f -> {
                code = EXIT_FAILURE;
                message = "cannot read " + f.getMessage();
            }
            case ReferenceFormatException f -> {
                code = EXIT_FAILURE;
                message = "cannot read references " + f.getMessage();
            }
            case NoSuchFileException f -> {
                code = EXIT_FAILURE;
                message = "no such file: " + f.getFile() + (f.getReason() == null || f.getReason().equals("no such file")
                        ? "" : " (" + f.getReason() + ")");
            }
            case AccessDeniedException f -> {
                code = EXIT_FAILURE;
                message = "permission denied: " + f.getFile();
            }
            case IOException io -> {
                code = EXIT_FAILURE;
                message = io.getMessage() == null ? io.toString() : io.getMessage();
            }
            case BatchAbortedException w -> {
                code = EXIT_FAILURE;
                message = w.getMessage() + " (nothing was recorded for the jobs that did not run; rerun to resume)";
            }
            case IllegalArgumentException iae -> {
                code = EXIT_USAGE;
                message = iae.getMessage();
            }
            default -> {
                code = EXIT_FAILURE;
                message = "internal error: " + ex;
                ex.printStackTrace(err);
            }
        }
        err.println(cmd.getColorScheme().errorText("cobalt: " + message));
        if (code == EXIT_USAGE) {
            err.println("Run 'cobalt " + cmd.getCommandName().replace("cobalt", "").strip()
                    + (cmd.getCommandName().equals("cobalt") ? "" : " ") + "--help' for usage.");
        }
        err.flush();
        return code;
    }

    /** The version from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = "unknown";
            try (InputStream in = CobaltCli.class.getResourceAsStream("/org/cobalt/bench/cobalt-version.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    v = p.getProperty("version", v);
                }
            } catch (IOException e) {
                // keep "unknown"
            }
            return new String[] {"cobalt " + v, "Java " + System.getProperty("java.runtime.version") + " ("
                    + System.getProperty("java.vm.vendor") + ")"};
        }
    }
}
