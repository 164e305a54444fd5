package org.cobalt.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.Finished;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.Started;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.junit.jupiter.api.Test;

class AbstractSolverTest {

    /** Counts up, reporting an incumbent each step, until told to stop. */
    static final class Counting extends AbstractSolver<SingleMachineProblem> {
        Counting() {
            super("counting", SingleMachineProblem.class);
        }

        @Override
        protected SolveResult doSolve(SingleMachineProblem p, SolveContext ctx) {
            int steps = 0;
            while (!ctx.shouldStop() && steps < 1_000_000) {
                steps++;
                ctx.newIncumbent(1000 - steps, "step");
            }
            return ctx.result(SolveStatus.FEASIBLE).objective(1000 - steps)
                    .solution(new SequenceSolution(new int[] {0})).nodes(steps).build();
        }
    }

    static final class Failing extends AbstractSolver<SingleMachineProblem> {
        Failing() {
            super("failing", SingleMachineProblem.class);
        }

        @Override
        protected SolveResult doSolve(SingleMachineProblem p, SolveContext ctx) {
            throw new IllegalStateException("boom");
        }
    }

    private static final SingleMachineProblem ONE = SingleMachineProblem.unweighted("one", new int[] {1}, new int[] {0});

    @Test
    void listenerCanStopTheSolveAndSeesEventsInOrder() {
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = new Counting().solve(ONE, SolveOptions.DEFAULT, (e, control) -> {
            events.add(e);
            if (e instanceof NewIncumbent n && n.objective() <= 990) {
                control.requestStop();
            }
        });
        assertThat(r.stats().nodes()).isEqualTo(10);
        assertThat(events.get(0)).isInstanceOf(Started.class);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(Finished.class,
                f -> assertThat(f.result()).isSameAs(r));
        assertThat(events).hasSize(12);
    }

    @Test
    void timeLimitStopsTheSolve() {
        SolveResult r = new Counting().solve(ONE, SolveOptions.builder().timeLimit(Duration.ofNanos(1)).build());
        assertThat(r.stats().nodes()).isLessThan(1_000_000);
        assertThat(r.status()).isEqualTo(SolveStatus.FEASIBLE);
    }

    @Test
    void exceptionsBecomeErrorResults() {
        SolveResult r = new Failing().solve(ONE, SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("boom");
        assertThat(r.hasSolution()).isFalse();
    }

    @Test
    void throwingListenerDoesNotBreakTheSolve() {
        SolveResult r = new Counting().solve(ONE, SolveOptions.builder().timeLimit(Duration.ofNanos(1)).build(),
                SolverListener.of(e -> {
                    throw new RuntimeException("listener bug");
                }));
        assertThat(r.status()).isEqualTo(SolveStatus.FEASIBLE);
    }

    @Test
    void gapDefinition() {
        assertThat(SolveResult.relativeGap(100, 90)).isEqualTo(0.1);
        assertThat(SolveResult.relativeGap(0, 0)).isZero();
        assertThat(SolveResult.relativeGap(0, 1)).isInfinite();
        assertThat(SolveResult.relativeGap(Double.NaN, 1)).isInfinite();
    }

    @Test
    void registryReportsUnknownIdsWithTheKnownOnes() {
        SolverProvider p = new SolverProvider() {
            @Override
            public String id() {
                return "counting";
            }

            @Override
            public String description() {
                return "test";
            }

            @Override
            public Class<SingleMachineProblem> problemType() {
                return SingleMachineProblem.class;
            }

            @Override
            public Solver<SingleMachineProblem> create() {
                return new Counting();
            }
        };
        SolverRegistry reg = SolverRegistry.of(List.of(p));
        assertThat(reg.ids()).containsExactly("counting");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reg.get("nope"))
                .isInstanceOf(UnknownSolverException.class).hasMessageContaining("known solvers: counting");
        org.cobalt.core.milp.MilpModel lp = org.cobalt.core.milp.MilpModel.builder("lp").build();
        SolveResult wrong = reg.get("counting").solve(lp, SolveOptions.DEFAULT);
        assertThat(wrong.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(wrong.message()).contains("solves SingleMachineProblem");
        SolveOptions o = SolveOptions.DEFAULT.withParameter("counting.steps", "x7");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> o.get(ParameterKey.ofInt("counting.steps", 3)))
                .hasMessageContaining("parameter counting.steps");
        assertThat(SolveOptions.DEFAULT.get(ParameterKey.ofInt("counting.steps", 3))).isEqualTo(3);
    }

    /** Refuses every problem unless the options say "picky.accept=true". */
    static final class Picky extends AbstractSolver<SingleMachineProblem> {
        Picky() {
            super("picky", SingleMachineProblem.class);
        }

        @Override
        public String unsupportedReason(org.cobalt.core.problem.Problem problem, SolveOptions options) {
            String base = unsupportedReason(problem);
            if (base != null) {
                return base;
            }
            return options.get(ParameterKey.ofBoolean("picky.accept", false)) ? null : "picky needs picky.accept=true";
        }

        @Override
        protected SolveResult doSolve(SingleMachineProblem p, SolveContext ctx) {
            return ctx.result(SolveStatus.FEASIBLE).objective(0).solution(new SequenceSolution(new int[] {0})).build();
        }
    }

    @Test
    void optionsAwareUnsupportedReasonIsHonouredDirectlyAndThroughTheRegistry() {
        SolveOptions accept = SolveOptions.DEFAULT.withParameter("picky.accept", "true");
        assertThat(new Picky().solve(ONE, SolveOptions.DEFAULT).message()).isEqualTo("picky needs picky.accept=true");
        assertThat(new Picky().solve(ONE, accept).status()).isEqualTo(SolveStatus.FEASIBLE);
        SolverProvider p = new SolverProvider() {
            @Override
            public String id() {
                return "picky";
            }

            @Override
            public String description() {
                return "test";
            }

            @Override
            public Class<SingleMachineProblem> problemType() {
                return SingleMachineProblem.class;
            }

            @Override
            public Solver<SingleMachineProblem> create() {
                return new Picky();
            }
        };
        Solver<org.cobalt.core.problem.Problem> any = SolverRegistry.of(List.of(p)).get("picky");
        assertThat(any.unsupportedReason(ONE, SolveOptions.DEFAULT)).isEqualTo("picky needs picky.accept=true");
        assertThat(any.unsupportedReason(ONE, accept)).isNull();
        assertThat(any.solve(ONE, accept).status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(any.solve(ONE, SolveOptions.DEFAULT).status()).isEqualTo(SolveStatus.ERROR);
    }
}
