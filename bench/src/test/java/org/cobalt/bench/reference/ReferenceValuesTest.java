package org.cobalt.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceValuesTest {

    @TempDir
    Path dir;

    private static BufferedReader text(String s) {
        return new BufferedReader(new StringReader(s));
    }

    @Test
    void readsMiplibSolu() throws IOException {
        ReferenceValues r = ReferenceValues.readSolu(text("""
                =opt= p0033 3089
                =opt=  enigma   0
                =best= hard1 -12.5
                =inf=  noway
                =unkn= mystery
                =bestdual= hard1 -20

                """), "x.solu");
        assertThat(r.find("p0033")).get().satisfies(ref -> {
            assertThat(ref.value()).isEqualTo(3089.0);
            assertThat(ref.kind()).isEqualTo(ReferenceKind.OPTIMAL);
            assertThat(ref.source()).isEqualTo("x.solu:1");
        });
        assertThat(r.find("enigma").orElseThrow().value()).isZero();
        assertThat(r.find("hard1").orElseThrow().kind()).isEqualTo(ReferenceKind.BEST_KNOWN);
        assertThat(r.find("hard1").orElseThrow().value()).isEqualTo(-12.5);
        assertThat(r.find("noway").orElseThrow().kind()).isEqualTo(ReferenceKind.INFEASIBLE);
        assertThat(r.find("mystery")).isEmpty();
        assertThat(r.size()).isEqualTo(4);
    }

    @Test
    void lookupTriesEachNameExactlyThenIgnoringCase() throws IOException {
        ReferenceValues r = ReferenceValues.readSolu(text("=opt= p0033 3089\n=opt= P0201 7615\n"), "x.solu");
        assertThat(r.find("P0033")).get().extracting(Reference::value).isEqualTo(3089.0);
        assertThat(r.find("nothing", "p0201")).get().extracting(Reference::value).isEqualTo(7615.0);
        assertThat(r.find("x", "y")).isEmpty();
    }

    @Test
    void caseInsensitiveMatchIsDroppedWhenAmbiguous() {
        ReferenceValues r = ReferenceValues.of(java.util.Map.of(
                "ab", new Reference(1, ReferenceKind.OPTIMAL, "t"),
                "AB", new Reference(2, ReferenceKind.OPTIMAL, "t")));
        assertThat(r.find("ab").orElseThrow().value()).isEqualTo(1.0);
        assertThat(r.find("Ab")).isEmpty();
    }

    @Test
    void readsCsvWithOptimumOrBksHeader() throws IOException {
        ReferenceValues opt = ReferenceValues.readCsv(text("name,optimum\nkroA100,21282\nch150, 6528 \n"), "optima.csv");
        assertThat(opt.find("ch150").orElseThrow().value()).isEqualTo(6528.0);
        assertThat(opt.find("kroA100").orElseThrow().kind()).isEqualTo(ReferenceKind.OPTIMAL);
        ReferenceValues bks = ReferenceValues.readCsv(text("name,bks\r\nX-n101-k25,27591\r\n"), "bks.csv");
        assertThat(bks.find("X-n101-k25").orElseThrow().kind()).isEqualTo(ReferenceKind.BEST_KNOWN);
        assertThat(bks.find("X-n101-k25").orElseThrow().value()).isEqualTo(27591.0);
    }

    @Test
    void readsCsvWithInfeasibleAndEmptyCells() throws IOException {
        ReferenceValues r = ReferenceValues.readCsv(text("instance,optimum\na,infeasible\nb,\nc,1e3\n"), "o.csv");
        assertThat(r.find("a").orElseThrow().kind()).isEqualTo(ReferenceKind.INFEASIBLE);
        assertThat(r.find("b")).isEmpty();
        assertThat(r.find("c").orElseThrow().value()).isEqualTo(1000.0);
    }

    @Test
    void readsRobustResultsCsvUsingTheOptimalityColumn() throws IOException {
        ReferenceValues r = ReferenceValues.readCsv(text("""
                File name,Time,Best primal bound,Active columns in best primal sol,Total columns generated,Solved to optimality
                RKP_a,20.9,4358.41,5,2476,1
                RKP_b,3600,3733.45,8,1860,0
                """), "branch-and-price-results.csv");
        assertThat(r.find("RKP_a").orElseThrow().kind()).isEqualTo(ReferenceKind.OPTIMAL);
        assertThat(r.find("RKP_a").orElseThrow().value()).isEqualTo(4358.41);
        assertThat(r.find("RKP_b").orElseThrow().kind()).isEqualTo(ReferenceKind.BEST_KNOWN);
    }

    @Test
    void readsJsonLinesWithOptimumFields() throws IOException {
        ReferenceValues r = ReferenceValues.readJsonLines(text("""
                {"name": "n20-0000", "p": [1, 2], "d": [3, 4], "optimum": 195}
                {"name": "n500-0001", "p": [1], "d": [1], "optimum": null}
                {"name": "x", "bks": 17.5}

                {"name": "y", "infeasible": true}
                """), "n20.jsonl");
        assertThat(r.find("n20-0000").orElseThrow().value()).isEqualTo(195.0);
        assertThat(r.find("n500-0001")).as("null optimum means unknown").isEmpty();
        assertThat(r.find("x").orElseThrow().kind()).isEqualTo(ReferenceKind.BEST_KNOWN);
        assertThat(r.find("y").orElseThrow().kind()).isEqualTo(ReferenceKind.INFEASIBLE);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("x.solu", "=opt= p0033 3089\n=opt= p0201\n", 2, "needs a name and a value"),
                Arguments.of("x.solu", "=opt= p0033 lots\n", 1, "'lots' is not a finite number"),
                Arguments.of("x.solu", "=opt= p0033 NaN\n", 1, "not a finite number"),
                Arguments.of("x.solu", "=opt= a 1\n=weird= b 2\n", 2, "expected =opt="),
                Arguments.of("x.solu", "=opt= a 1\n=opt= a 2\n", 2, "listed twice"),
                Arguments.of("x.solu", "=inf=\n", 1, "=inf= needs a name"),
                Arguments.of("o.csv", "", 0, "empty file"),
                Arguments.of("o.csv", "name,value\na,1\n", 1, "needs a name column"),
                Arguments.of("o.csv", "name,optimum\na,1\n,2\n", 3, "empty instance name"),
                Arguments.of("o.csv", "name,optimum\na,one\n", 2, "'one' is not a finite number"),
                Arguments.of("o.csv", "file name,best primal bound,solved to optimality\na,1,maybe\n", 2, "must be 1 or 0"),
                Arguments.of("o.jsonl", "{\"name\":\"a\",\"optimum\":1}\n{\"name\":\n", 2, "not a JSON object"),
                Arguments.of("o.jsonl", "[1,2]\n", 1, "expected a JSON object"),
                Arguments.of("o.jsonl", "{\"optimum\":1}\n", 1, "missing \"name\""),
                Arguments.of("o.jsonl", "{\"name\":\"a\",\"optimum\":\"big\"}\n", 1, "must be a finite number"),
                Arguments.of("o.txt", "a 1\n", 0, "unknown reference file type"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("malformed")
    void malformedFilesRaiseTypedErrorsWithFileAndLine(String name, String content, long line, String reason)
            throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        assertThatThrownBy(() -> ReferenceValues.read(f))
                .isInstanceOfSatisfying(ReferenceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.source()).isEqualTo(f.toString());
                    assertThat(e.getMessage()).startsWith(f + (line > 0 ? ":" + line + ": " : ": ")).contains(reason);
                });
    }

    @Test
    void readsGzippedFiles() throws IOException {
        Path f = dir.resolve("miplib.solu.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("=opt= p0033 3089\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ReferenceValues.read(f).find("p0033").orElseThrow().value()).isEqualTo(3089.0);
    }

    @Test
    void discoversFilesBesideInstancesThenInTheParentWithTheOwnFolderWinning() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("set/instances"));
        Files.writeString(dir.resolve("set/all.solu"), "=opt= a 1\n=opt= b 2\n");
        Files.writeString(sub.resolve("optima.csv"), "name,optimum\nb,20\n");
        Files.writeString(sub.resolve("bks.csv"), "name,bks\nc,30\n");
        Files.writeString(sub.resolve("broken.solu"), "=opt= z\n");
        List<String> warnings = new ArrayList<>();
        ReferenceValues r = ReferenceValues.discover(sub, warnings::add);
        assertThat(r.find("a").orElseThrow().value()).isEqualTo(1.0);
        assertThat(r.find("b").orElseThrow().value()).as("own folder first").isEqualTo(20.0);
        assertThat(r.find("c").orElseThrow().kind()).isEqualTo(ReferenceKind.BEST_KNOWN);
        assertThat(warnings).singleElement().asString().contains("broken.solu").contains("needs a name and a value");
    }

    @Test
    void fallbackChainsKeepPriority() {
        ReferenceValues first = ReferenceValues.of(java.util.Map.of("a", new Reference(1, ReferenceKind.OPTIMAL, "1")));
        ReferenceValues second = ReferenceValues.of(java.util.Map.of("a", new Reference(2, ReferenceKind.OPTIMAL, "2"),
                "b", new Reference(3, ReferenceKind.BEST_KNOWN, "2")));
        ReferenceValues both = first.withFallback(second);
        assertThat(both.find("a").orElseThrow().value()).isEqualTo(1.0);
        assertThat(both.find("b").orElseThrow().value()).isEqualTo(3.0);
        assertThat(ReferenceValues.empty().withFallback(second).find("a").orElseThrow().value()).isEqualTo(2.0);
        assertThat(ReferenceValues.empty().isEmpty()).isTrue();
    }

    @Test
    void referenceMatchesWithinRelativeTolerance() {
        Reference r = new Reference(3089, ReferenceKind.OPTIMAL, "t");
        assertThat(r.matches(3089.002)).isTrue();
        assertThat(r.matches(3089.01)).isFalse();
        Reference zero = new Reference(0, ReferenceKind.OPTIMAL, "t");
        assertThat(zero.matches(5e-7)).as("scaled by max(1, |value|)").isTrue();
        assertThat(zero.matches(1e-5)).isFalse();
        assertThat(r.matches(Double.NaN)).isFalse();
        assertThat(new Reference(Double.NaN, ReferenceKind.INFEASIBLE, "t").matches(0)).isFalse();
        assertThatThrownBy(() -> new Reference(Double.NaN, ReferenceKind.OPTIMAL, "t")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReferenceKind.BEST_KNOWN.id()).isEqualTo("best-known");
    }
}
