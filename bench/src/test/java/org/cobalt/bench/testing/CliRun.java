package org.cobalt.bench.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cobalt.bench.cli.CliEnvironment;
import org.cobalt.bench.cli.CobaltCli;
import picocli.CommandLine;

/**
 * Runs the CLI in this JVM with captured output.
 *
 * @param code exit code
 * @param out  what went to stdout
 * @param err  what went to stderr
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code cobalt ARGS} against the standard environment (test solvers and formats on the class path). */
    public static CliRun of(String... args) {
        return of(CliEnvironment.standard(), args);
    }

    /** Runs {@code cobalt ARGS} against an environment. */
    public static CliRun of(CliEnvironment env, String... args) {
        CommandLine cl = CobaltCli.commandLine(env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Both streams, for failure messages. */
    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
