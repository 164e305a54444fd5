package org.cobalt.milp.cuts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cobalt.milp.bb.spi.CutSeparator;
import org.cobalt.milp.bb.spi.SeparationContext;

/**
 * Plugs a {@link CutGenerator} into cobalt-bb's root cut loop: each call takes an
 * {@link LpSnapshot} of the separation context and returns the generator's cuts as
 * {@code a.x <= rhs} rows. Stateless (generators keep no state between calls), so one instance
 * serves every solve. {@link #gomory()}, {@link #cmir()} and {@link #knapsackCover()} are the
 * registered defaults.
 */
public final class GeneratorSeparator implements CutSeparator {

    private final CutGenerator generator;

    public GeneratorSeparator(CutGenerator generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** Gomory mixed-integer cuts ({@code gomory}). */
    public static GeneratorSeparator gomory() {
        return new GeneratorSeparator(new GomoryCutGenerator());
    }

    /** c-MIR cuts with aggregation ({@code cmir}). */
    public static GeneratorSeparator cmir() {
        return new GeneratorSeparator(new CmirGenerator());
    }

    /** Lifted knapsack cover cuts ({@code knapsack}). */
    public static GeneratorSeparator knapsackCover() {
        return new GeneratorSeparator(new KnapsackCoverGenerator());
    }

    @Override
    public String name() {
        return generator.name();
    }

    @Override
    public List<org.cobalt.milp.bb.spi.Cut> separate(SeparationContext ctx) {
        if (ctx.shouldStop()) {
            return List.of();
        }
        LpSnapshot snap = LpSnapshot.of(ctx);
        List<Cut> cuts = new ArrayList<>();
        generator.separate(snap, cuts);
        List<org.cobalt.milp.bb.spi.Cut> out = new ArrayList<>(cuts.size());
        for (Cut c : cuts) {
            out.add(org.cobalt.milp.bb.spi.Cut.lessEqual(c.columns(), c.values(), c.rhs(), name()));
        }
        return out;
    }

    @Override
    public String toString() {
        return name();
    }
}
