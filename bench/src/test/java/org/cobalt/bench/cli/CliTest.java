package org.cobalt.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.bench.testing.CliRun;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.milp.VarType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class CliTest {

    @TempDir
    Path dir;

    Path tiny;

    @BeforeEach
    void files() throws IOException {
        tiny = dir.resolve("x.tiny");
        Files.writeString(tiny, "i1 3,2,4 1,5,6\ni2 5,1,3,2 3,2,9,4\n");
    }

    @Test
    void rootHelpListsCommandsExamplesAndExitCodes() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("solvers", "solve", "batch", "verify", "Examples:", "Exit codes", "docs/cli.md");
        CliRun none = CliRun.of();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: cobalt");
    }

    @Test
    void everySubcommandHelpDescribesEveryOptionAndHasExamples() {
        var subcommands = CobaltCli.commandLine(CliEnvironment.standard()).getSubcommands();
        assertThat(subcommands.keySet()).contains("solvers", "solve", "batch", "verify", "help");
        subcommands.forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            CliRun r = CliRun.of(name, "--help");
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).as(name).contains("Usage: cobalt " + name).contains("Examples:").contains("  cobalt " + name);
            CommandSpec spec = sub.getCommandSpec();
            assertThat(String.join(" ", spec.usageMessage().description())).as(name).isNotBlank();
            for (OptionSpec o : spec.options()) {
                assertThat(String.join(" ", o.description())).as(name + " " + o.longestName()).isNotBlank();
                assertThat(r.out()).contains(o.longestName());
            }
        });
    }

    @Test
    void helpShowsEachCommandsDefaults() {
        String batch = CliRun.of("help", "batch").out();
        assertThat(batch).containsPattern("--time-limit=S\\s+Wall-clock limit[^\\n]*\\n(.*\\n)*?\\s+Default: 60");
        assertThat(batch).contains("Default: results/batch.jsonl").contains("Default: 2g").contains("Default: 5.0")
                .contains("Default: 0").contains("Default: auto");
        String solve = CliRun.of("solve", "--help").out();
        assertThat(solve).doesNotContain("Default: 60").contains("Default: 1");
    }

    @Test
    void solversTableShowsAvailabilityAndReasons() {
        CliRun r = CliRun.of("solvers");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("id", "problem", "version", "available", "description")
                .containsPattern("fake-brute\\s+scheduling\\s+test-1\\s+yes\\s+test solver fake-brute")
                .contains("no: needs libfake.so, which is not installed");
    }

    @Test
    void solvePrintsTheResultAndTheVerdict() {
        CliRun r = CliRun.of("solve", tiny + "#i2", "--solver", "fake-brute", "--seed", "3", "--time-limit", "5");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("instance   i2 (scheduling, 4 jobs)")
                .contains("solver     fake-brute test-1, seed 3, 1 thread, time limit 5 s")
                .contains("status     OPTIMAL").contains("objective  7").contains("bound      7").contains("gap        0.00 %")
                .contains("nodes      1").contains("verified   feasible, objective 7 (matches the reported objective)");
        assertThat(r.err()).contains("incumbent");
    }

    @Test
    void solvePicksTheFirstAvailableSolverAndAcceptsAnIndex() {
        // only test solvers: other modules' scheduling solvers may be on the class path too
        CliEnvironment env = CliEnvironment.standard().withRegistry(SolverRegistry.of(List.of(
                new org.cobalt.bench.testing.FakeSolvers.Unavailable(), new org.cobalt.bench.testing.FakeSolvers.Slow(),
                new org.cobalt.bench.testing.FakeSolvers.Brute())));
        CliRun r = CliRun.of(env, "solve", tiny + "#2", "-q");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("solver     fake-brute").contains("instance   i2");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void solveFailsOnVerificationProblems() {
        CliRun r = CliRun.of("solve", tiny + "#i1", "--solver", "fake-misreport");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("verified   FAILED: the solution is feasible but its objective is 5, not the reported 4");
        CliRun e = CliRun.of("solve", tiny + "#i1", "--solver", "fake-throws");
        assertThat(e.code()).isEqualTo(1);
        assertThat(e.out()).contains("status     ERROR").contains("fake-throws always fails").contains("- (no solution)");
    }

    @Test
    void solveErrorsNameTheInputAndWhatToDo() throws IOException {
        CliRun unknown = CliRun.of("solve", tiny + "#i1", "--solver", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("cobalt: unknown solver 'nope'; known solvers: ").contains("fake-brute, fake-halt")
                .contains("Run 'cobalt solve --help'");
        Path bad = dir.resolve("bad.tiny");
        Files.writeString(bad, "ok 1 1\nbroken 1,x 2\n");
        CliRun unreadable = CliRun.of("solve", bad + "#1");
        assertThat(unreadable.code()).isEqualTo(1);
        assertThat(unreadable.err()).contains("cobalt: cannot read " + bad + ":2: 'x' is not an integer");
        CliRun missing = CliRun.of("solve", dir.resolve("none.tiny").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("cobalt: no such file: " + dir.resolve("none.tiny"));
        CliRun many = CliRun.of("solve", tiny.toString());
        assertThat(many.code()).isEqualTo(1);
        assertThat(many.err()).contains("holds 2 instances; pick one as FILE#NAME or FILE#INDEX (1-based), e.g. " + tiny + "#i1");
        CliRun unavailable = CliRun.of("solve", tiny + "#1", "--solver", "fake-unavailable");
        assertThat(unavailable.code()).isEqualTo(1);
        assertThat(unavailable.err()).contains("solver fake-unavailable is not available here: needs libfake.so");
        CliRun badParam = CliRun.of("solve", tiny + "#1", "--param", "novalue");
        assertThat(badParam.code()).isEqualTo(2);
        CliRun badLimit = CliRun.of("solve", tiny + "#1", "--time-limit", "-3");
        assertThat(badLimit.code()).isEqualTo(2);
        assertThat(badLimit.err()).contains("--time-limit must be a positive number");
    }

    @Test
    void solveWritesASolutionFileThatVerifyAccepts() throws IOException {
        Path sol = dir.resolve("i1.seq");
        CliRun solve = CliRun.of("solve", tiny + "#i1", "--solver", "fake-brute", "--out", sol.toString());
        assertThat(solve.code()).as(solve.toString()).isZero();
        assertThat(sol).exists();
        CliRun ok = CliRun.of("verify", tiny + "#i1", sol.toString());
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("feasible");
        Files.writeString(sol, "sequence 1 1 2\n");
        CliRun bad = CliRun.of("verify", tiny + "#i1", sol.toString());
        assertThat(bad.code()).as(bad.toString()).isNotZero();
    }

    @Test
    void solutionSinkAndSourceAreOneMethodReferenceAway() throws IOException {
        List<String> written = new ArrayList<>();
        SolutionSink sink = (p, s, f, obj) -> {
            written.add(p.name() + " " + s + " " + obj);
            Files.writeString(f, "sequence " + ((SequenceSolution) s).length());
        };
        SolutionSource source = (p, f) -> new SequenceSolution(
                Files.readString(f).strip().equals("bad") ? new int[] {0, 0, 1} : new int[] {1, 0, 2});
        CliEnvironment env = new CliEnvironment(SolverRegistry::load, sink, source, CliEnvironment.standard().workerLaunchers());
        Path sol = dir.resolve("i1.sol");
        CliRun solve = CliRun.of(env, "solve", tiny + "#i1", "--solver", "fake-brute", "--out", sol.toString());
        assertThat(solve.code()).as(solve.toString()).isZero();
        assertThat(solve.out()).contains("written    " + sol);
        assertThat(written).containsExactly("i1 SequenceSolution[0, 1, 2] 5.0");
        CliRun ok = CliRun.of(env, "verify", tiny + "#i1", sol.toString());
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("verdict    feasible").contains("objective  7");
        Files.writeString(sol, "bad");
        CliRun infeasible = CliRun.of(env, "verify", tiny + "#i1", sol.toString());
        assertThat(infeasible.code()).isEqualTo(1);
        assertThat(infeasible.out()).contains("verdict    INFEASIBLE");
    }

    private static SolverProvider milpProvider(String id, String unavailable) {
        return new SolverProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return id;
            }

            @Override
            public Class<? extends Problem> problemType() {
                return MilpModel.class;
            }

            @Override
            public String unavailableReason() {
                return unavailable;
            }

            @Override
            public Solver<? extends Problem> create() {
                return new org.cobalt.core.solver.AbstractSolver<>(id, MilpModel.class) {
                    @Override
                    protected org.cobalt.core.solver.SolveResult doSolve(MilpModel p, org.cobalt.core.solver.SolveContext c) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
        };
    }

    @Test
    void milpDefaultFollowsThePreferenceOrderAmongAvailableSolvers() {
        MilpModel.Builder b = MilpModel.builder("m");
        b.addVariable("x", 0, 1, VarType.BINARY, 1);
        MilpModel m = b.build();
        SolverRegistry reg = SolverRegistry.of(List.of(milpProvider("aaa-milp", null), milpProvider("ojalgo", null),
                milpProvider("cobalt-bb", null), milpProvider("cbc", null), milpProvider("scip", "no natives")));
        assertThat(SolverChoice.candidates(reg, m)).extracting(SolverProvider::id)
                .containsExactly("scip", "cbc", "cobalt-bb", "ojalgo", "aaa-milp");
        assertThat(SolverChoice.choose(reg, m).id()).isEqualTo("cbc");
        SolverRegistry none = SolverRegistry.of(List.of(milpProvider("scip", "no natives"), milpProvider("cbc", "no natives")));
        assertThatThrownBy(() -> SolverChoice.choose(none, m)).isInstanceOf(CliFailure.class)
                .hasMessageContaining("no available solver takes a milp problem")
                .hasMessageContaining("scip (unavailable: no natives); cbc (unavailable: no natives)");
        assertThatThrownBy(() -> SolverChoice.choose(SolverRegistry.of(List.of()), m))
                .hasMessageContaining("no registered solver takes a milp problem");
    }

    @Test
    void aSolverOfAnotherProblemTypeIsAUsageError() {
        CliEnvironment env = CliEnvironment.standard().withRegistry(SolverRegistry.of(List.of(milpProvider("scip", null),
                new org.cobalt.bench.testing.FakeSolvers.Brute())));
        CliRun r = CliRun.of(env, "solve", tiny + "#1", "--solver", "scip");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("solver scip solves milp problems, not scheduling; solvers for this instance: fake-brute");
    }

    @Test
    void versionNamesCobaltAndJava() {
        CliRun r = CliRun.of("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("cobalt ").contains("Java ");
        assertThat(CommandLine.ExitCode.USAGE).isEqualTo(CobaltCli.EXIT_USAGE);
    }
}
