package org.cobalt.neural.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.nn.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A solver component falls back to its classical default when its model cannot be used. */
class LearnedComponentTest {

    interface Rule {
        String name();
    }

    @TempDir
    Path dir;

    private LearnedComponent<Rule> load(Optional<Path> file) {
        return LearnedComponent.loadOrFallback("test branching rule", file, new ModelFiles(), GcnnPolicy.class,
                new GcnnPolicy(TestInputs.TINY_GCNN, 0).features(),
                m -> () -> "learned:" + m.architecture(), () -> () -> "classical");
    }

    @Test
    void validModelIsUsed() throws IOException {
        Path f = dir.resolve("m.json");
        new ModelFiles().save(new GcnnPolicy(TestInputs.TINY_GCNN, 1), f, Map.of());
        LearnedComponent<Rule> c = load(Optional.of(f));
        assertThat(c.isLearned()).isTrue();
        assertThat(c.get().name()).isEqualTo("learned:gasse-gcnn");
        assertThat(c.fallbackReason()).isEmpty();
    }

    @Test
    void corruptModelFallsBackWithAReason() throws IOException {
        Path f = dir.resolve("m.json");
        new ModelFiles().save(new GcnnPolicy(TestInputs.TINY_GCNN, 1), f, Map.of());
        Path params = ModelFiles.paramsPathFor(f);
        byte[] b = Files.readAllBytes(params);
        b[40] ^= 0x7f;
        Files.write(params, b);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        LearnedComponent<Rule> c;
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            c = load(Optional.of(f));
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("WARN").contains("test branching rule").contains("using the classical default");
        assertThat(c.isLearned()).isFalse();
        assertThat(c.get().name()).isEqualTo("classical");
        assertThat(c.fallbackReason()).hasValueSatisfying(r -> assertThat(r).contains("m.params"));
    }

    @Test
    void missingOrUnconfiguredModelFallsBack() {
        assertThat(load(Optional.of(dir.resolve("absent.json"))).get().name()).isEqualTo("classical");
        LearnedComponent<Rule> none = load(Optional.empty());
        assertThat(none.isLearned()).isFalse();
        assertThat(none.fallbackReason()).hasValue("no model file configured");
    }
}
