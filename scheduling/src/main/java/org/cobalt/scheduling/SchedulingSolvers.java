package org.cobalt.scheduling;

import java.util.Objects;
import java.util.function.Supplier;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.scheduling.exact.BranchAndBoundSolver;
import org.cobalt.scheduling.heuristics.IteratedLocalSearch;
import org.cobalt.scheduling.heuristics.RuleSolver;
import org.cobalt.scheduling.mip.MipSolver;
import org.cobalt.scheduling.rules.SchedulingRules;

/**
 * The {@link SolverProvider}s of this module, one nested class per solver id (ServiceLoader needs
 * a public no-argument constructor per provider): the rules {@code edd spt mdd atc psk
 * panneerselvam eddc mddc}, each also as {@code <rule>+ls}, and {@code smtt-ils}, {@code smtt-bb},
 * {@code smtt-mip}.
 */
public final class SchedulingSolvers {

    private SchedulingSolvers() {
    }

    /** Shared shape of the providers here. */
    public abstract static class Base implements SolverProvider {
        private final String id;
        private final String description;
        private final Supplier<Solver<SingleMachineProblem>> factory;

        protected Base(String id, String description, Supplier<Solver<SingleMachineProblem>> factory) {
            this.id = Objects.requireNonNull(id);
            this.description = Objects.requireNonNull(description);
            this.factory = Objects.requireNonNull(factory);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public Class<? extends Problem> problemType() {
            return SingleMachineProblem.class;
        }

        @Override
        public Solver<? extends Problem> create() {
            return factory.get();
        }
    }

    /** A rule, or the rule followed by local search. */
    abstract static class Rule extends Base {
        Rule(String rule, boolean augmented, String description) {
            super(augmented ? rule + "+ls" : rule,
                    augmented ? description + ", then local search (smtt.ls, default descent: API, insertion, GPI)" : description,
                    () -> new RuleSolver(augmented ? rule + "+ls" : rule, o -> SchedulingRules.byId(rule, o), augmented));
        }
    }

    public static final class Edd extends Rule {
        public Edd() {
            super("edd", false, "earliest due date (ties: shorter job)");
        }
    }

    public static final class EddLs extends Rule {
        public EddLs() {
            super("edd", true, "earliest due date");
        }
    }

    public static final class Spt extends Rule {
        public Spt() {
            super("spt", false, "shortest processing time (WSPT when weighted)");
        }
    }

    public static final class SptLs extends Rule {
        public SptLs() {
            super("spt", true, "shortest processing time");
        }
    }

    public static final class Mdd extends Rule {
        public Mdd() {
            super("mdd", false, "modified due date (weighted MDD of Kanet-Li when weighted)");
        }
    }

    public static final class MddLs extends Rule {
        public MddLs() {
            super("mdd", true, "modified due date");
        }
    }

    public static final class Atc extends Rule {
        public Atc() {
            super("atc", false, "apparent tardiness cost (atc.k, default 2)");
        }
    }

    public static final class AtcLs extends Rule {
        public AtcLs() {
            super("atc", true, "apparent tardiness cost");
        }
    }

    public static final class Psk extends Rule {
        public Psk() {
            super("psk", false, "Panwalkar-Smith-Koulamas heuristic");
        }
    }

    public static final class PskLs extends Rule {
        public PskLs() {
            super("psk", true, "Panwalkar-Smith-Koulamas heuristic");
        }
    }

    public static final class Panneerselvam extends Rule {
        public Panneerselvam() {
            super("panneerselvam", false, "Panneerselvam's heuristic");
        }
    }

    public static final class PanneerselvamLs extends Rule {
        public PanneerselvamLs() {
            super("panneerselvam", true, "Panneerselvam's heuristic");
        }
    }

    public static final class Eddc extends Rule {
        public Eddc() {
            super("eddc", false, "EDD Challenger (arXiv 2510.24013)");
        }
    }

    public static final class EddcLs extends Rule {
        public EddcLs() {
            super("eddc", true, "EDD Challenger (arXiv 2510.24013)");
        }
    }

    public static final class Mddc extends Rule {
        public Mddc() {
            super("mddc", false, "MDD Challenger (arXiv 2510.24013)");
        }
    }

    public static final class MddcLs extends Rule {
        public MddcLs() {
            super("mddc", true, "MDD Challenger (arXiv 2510.24013)");
        }
    }

    public static final class Ils extends Base {
        public Ils() {
            super("smtt-ils", "iterated local search from MDDC (time limited, default 1 s)", IteratedLocalSearch::new);
        }
    }

    public static final class BranchAndBound extends Base {
        public BranchAndBound() {
            super("smtt-bb", "exact: Lawler decomposition branch-and-bound with memorisation (weighted: subset DP, n <= 22)",
                    BranchAndBoundSolver::new);
        }
    }

    public static final class Mip extends Base {
        public Mip() {
            super("smtt-mip", "positional or time-indexed MIP handed to a registered MILP solver (smtt-mip.milp, default scip)",
                    MipSolver::new);
        }
    }
}
