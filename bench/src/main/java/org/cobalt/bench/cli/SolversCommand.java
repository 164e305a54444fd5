package org.cobalt.bench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cobalt.bench.report.TextTable;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cobalt solvers}: the registered solvers and whether they can run here. */
@Command(name = "solvers", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Lists the registered solvers: id, problem type, version, whether it can run on this machine"
                + " (and why not), and what it is.",
                "Solvers come from the class path (SolverProvider services); unavailable ones usually miss a native library."},
        footerHeading = "%nExamples:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed"},
        footer = {"  cobalt solvers", "  cobalt solvers | grep milp"})
final class SolversCommand implements Callable<Integer> {

    private static final Map<Class<?>, String> PROBLEM_NAMES = Map.of(MilpModel.class, "milp", TspProblem.class, "tsp",
            CvrpProblem.class, "cvrp", SingleMachineProblem.class, "scheduling");

    @ParentCommand
    private CobaltCli root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SolverRegistry registry = root.environment().registry().get();
        PrintWriter out = spec.commandLine().getOut();
        List<SolverProvider> providers = registry.providers();
        if (providers.isEmpty()) {
            out.println("no solvers are registered (no SolverProvider on the class path; is the build complete?)");
            out.flush();
            return CobaltCli.EXIT_OK;
        }
        TextTable t = new TextTable().left("id").left("problem").left("version").left("available").left("description");
        for (SolverProvider p : providers) {
            t.row(p.id(), problemName(p.problemType()), safe(p::version), availability(p), safe(p::description));
        }
        out.print(t.render());
        out.flush();
        return CobaltCli.EXIT_OK;
    }

    /** The family id for the core problem types, else the class's simple name. */
    static String problemName(Class<? extends Problem> type) {
        for (Map.Entry<Class<?>, String> e : PROBLEM_NAMES.entrySet()) {
            if (e.getKey().equals(type)) {
                return e.getValue();
            }
        }
        return type.getSimpleName();
    }

    private static String availability(SolverProvider p) {
        try {
            String reason = p.unavailableReason();
            return reason == null ? "yes" : "no: " + reason;
        } catch (RuntimeException | LinkageError e) {
            return "no: " + e;
        }
    }

    private static String safe(java.util.function.Supplier<String> s) {
        try {
            String v = s.get();
            return v == null ? "" : v;
        } catch (RuntimeException | LinkageError e) {
            return "? (" + e.getClass().getSimpleName() + ")";
        }
    }
}
