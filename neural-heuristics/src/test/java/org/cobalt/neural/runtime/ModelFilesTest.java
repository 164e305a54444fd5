package org.cobalt.neural.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TestInputs;
import org.cobalt.neural.nn.EdgeGatedGnn;
import org.cobalt.neural.runtime.ModelFileException.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files round-trip exactly, and every kind of damage is one clear {@link ModelFileException}. */
class ModelFilesTest {

    @TempDir
    Path dir;
    private final ModelFiles files = new ModelFiles();
    private Path config;
    private GcnnPolicy model;

    @BeforeEach
    void save() throws IOException {
        model = new GcnnPolicy(TestInputs.TINY_GCNN, 17);
        model.fitInputNorms(TestInputs.bipartite(TestInputs.TINY_GCNN, 3, 1));
        config = dir.resolve("policy.json");
        files.save(model, config, Map.of("trainedOn", "nothing"));
    }

    @Test
    void roundTripRestoresEveryParameterBitForBit() throws IOException {
        GcnnPolicy loaded = files.load(config, GcnnPolicy.class, model.features());
        assertThat(loaded.config()).isEqualTo(model.config());
        assertThat(loaded.parameters()).hasSameSizeAs(model.parameters());
        for (int i = 0; i < model.parameters().size(); i++) {
            Parameter a = model.parameters().get(i);
            Parameter b = loaded.parameters().get(i);
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.values()).containsExactly(a.values());
        }
        assertThat(Files.readString(config)).contains("\"formatVersion\" : 1", "\"architecture\" : \"gasse-gcnn\"",
                "\"constraint\" : 3", "\"trainedOn\" : \"nothing\"");
        NeuralModel<?> any = files.load(config);
        assertThat(any).isInstanceOf(GcnnPolicy.class);
    }

    private ModelFileException failure(Path file) {
        try {
            files.load(file, GcnnPolicy.class, null);
        } catch (ModelFileException e) {
            return e;
        }
        throw new AssertionError("loading " + file + " should fail");
    }

    @Test
    void missingConfig() {
        ModelFileException e = failure(dir.resolve("nope.json"));
        assertThat(e.kind()).isEqualTo(Kind.MISSING);
        assertThat(e.getMessage()).contains("nope.json").contains("does not exist");
    }

    @Test
    void missingParameters() throws IOException {
        Files.delete(ModelFiles.paramsPathFor(config));
        ModelFileException e = failure(config);
        assertThat(e.kind()).isEqualTo(Kind.MISSING);
        assertThat(e.getMessage()).contains("policy.params");
    }

    @Test
    void malformedJson() throws IOException {
        Files.writeString(config, "{ \"formatVersion\": 1, ");
        ModelFileException e = failure(config);
        assertThat(e.kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).contains("policy.json").contains("malformed JSON");
    }

    @Test
    void unsupportedVersion() throws IOException {
        replaceInConfig("\"formatVersion\" : 1", "\"formatVersion\" : 99");
        ModelFileException e = failure(config);
        assertThat(e.kind()).isEqualTo(Kind.VERSION);
        assertThat(e.getMessage()).contains("format version 99");
    }

    @Test
    void unknownArchitecture() throws IOException {
        replaceInConfig("gasse-gcnn", "resnet-152");
        assertThat(failure(config).getMessage()).contains("unknown architecture 'resnet-152'");
    }

    @Test
    void hyperParameterChangeIsAShapeMismatch() throws IOException {
        replaceInConfig("\"embedding\" : 8", "\"embedding\" : 16");
        ModelFileException e = failure(config);
        assertThat(e.kind()).isEqualTo(Kind.MISMATCH);
        assertThat(e.getMessage()).contains("shape");
    }

    @Test
    void invalidHyperParameter() throws IOException {
        replaceInConfig("\"embedding\" : 8", "\"embedding\" : -3");
        ModelFileException e = failure(config);
        assertThat(e.kind()).isEqualTo(Kind.MISMATCH);
        assertThat(e.getMessage()).contains("invalid 'gasse-gcnn' config").contains("positive");
    }

    @Test
    void unknownConfigField() throws IOException {
        replaceInConfig("\"embedding\" : 8", "\"embedding\" : 8, \"dropout\" : 0.1");
        assertThat(failure(config).getMessage()).contains("dropout");
    }

    @Test
    void truncatedParameters() throws IOException {
        Path p = ModelFiles.paramsPathFor(config);
        byte[] b = Files.readAllBytes(p);
        Files.write(p, java.util.Arrays.copyOf(b, b.length / 2));
        ModelFileException e = failure(config);
        assertThat(e.kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).contains("policy.params").contains("truncated");
    }

    @Test
    void flippedByteFailsTheChecksum() throws IOException {
        Path p = ModelFiles.paramsPathFor(config);
        byte[] b = Files.readAllBytes(p);
        b[b.length - 20] ^= 0x40;
        Files.write(p, b);
        ModelFileException e = failure(config);
        assertThat(e.kind()).isEqualTo(Kind.CORRUPT);
        assertThat(e.getMessage()).contains("checksum");
    }

    @Test
    void garbageParameterFile() throws IOException {
        Files.writeString(ModelFiles.paramsPathFor(config), "not a tensor file at all");
        assertThat(failure(config).getMessage()).contains("bad magic");
    }

    @Test
    void parametersFromAnotherSave() throws IOException {
        GcnnPolicy other = new GcnnPolicy(TestInputs.TINY_GCNN, 18);
        Path otherConfig = dir.resolve("other.json");
        files.save(other, otherConfig, Map.of());
        Files.copy(ModelFiles.paramsPathFor(otherConfig), ModelFiles.paramsPathFor(config),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ModelFileException e = failure(config);
        assertThat(e.kind()).isEqualTo(Kind.MISMATCH);
        assertThat(e.getMessage()).contains("different saves");
    }

    @Test
    void wrongModelType() {
        assertThatThrownBy(() -> files.load(config, EdgeGatedGnn.class, null))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("expected EdgeGatedGnn");
    }

    @Test
    void callerFeatureSchemaMismatch() {
        FeatureSchema wrong = FeatureSchema.of("constraint", 5, "variable", 19, "edge", 1);
        assertThatThrownBy(() -> files.load(config, GcnnPolicy.class, wrong))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("caller provides");
    }

    @Test
    void declaredFeaturesMustMatchTheConfig() throws IOException {
        replaceInConfig("\"variable\" : 4", "\"variable\" : 19");
        assertThat(failure(config).getMessage()).contains("disagree");
    }

    private void replaceInConfig(String from, String to) throws IOException {
        String s = Files.readString(config, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(config, s.replace(from, to));
    }
}
