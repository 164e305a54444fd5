package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cobalt.bench.batch.InstanceRef;
import org.cobalt.bench.report.NumberFormats;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.Solution;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cobalt verify}: checks a solution file against its model with the independent verifier. */
@Command(name = "verify", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Checks a solution file against its model with cobalt's independent verifier: feasibility within"
                + " tolerances (1e-6 relative) and the objective recomputed from the solution.",
                "Solution formats: MILP .sol (name value per line, as SCIP writes), TSPLIB .tour, CVRPLIB .sol."},
        footerHeading = "%nExamples:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:feasible", "1:infeasible, unreadable input, or solution files not available in this build",
            "2:usage error"},
        footer = {"  cobalt verify p0033.mps.gz p0033.sol",
            "  cobalt verify kroA100.tsp kroA100.tour"})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private CobaltCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Instance file; FILE#NAME or FILE#INDEX picks one instance.")
    private String model;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = "Solution file.")
    private Path solution;

    @Override
    public Integer call() throws IOException {
        SolutionSource source = root.environment().solutionSource();
        if (source.unavailableReason() != null) {
            throw CliFailure.failure("cannot read " + solution + ": " + source.unavailableReason());
        }
        Problem problem = InstanceRef.parse(model).load();
        Solution s = source.read(problem, solution);
        Verification v = Verifiers.check(problem, s);
        PrintWriter out = spec.commandLine().getOut();
        out.println("instance   " + problem.name() + " (" + problem.family().id() + ", " + problem.sizeDescription() + ")");
        out.println("solution   " + solution);
        if (v.feasible()) {
            out.println("verdict    feasible");
            out.println("objective  " + NumberFormats.value(v.objective()));
        } else {
            out.println("verdict    INFEASIBLE");
            v.violations().forEach(x -> out.println("           " + x));
        }
        out.flush();
        return v.feasible() ? CobaltCli.EXIT_OK : CobaltCli.EXIT_FAILURE;
    }
}
