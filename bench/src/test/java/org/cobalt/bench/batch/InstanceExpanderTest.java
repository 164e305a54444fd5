package org.cobalt.bench.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceExpanderTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("b.tiny"), "b1 1,2 3,4\nb2 2 1\n");
        Files.writeString(dir.resolve("a.tiny"), "# one instance\na1 3,2,4 1,5,6\n");
        Files.writeString(dir.resolve("README.md"), "not an instance\n");
        Files.writeString(dir.resolve("optima.csv"), "name,optimum\na1,5\n");
        Files.writeString(dir.resolve(".hidden.tiny"), "h 1 1\n");
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("sub/c.tiny"), "c1 1 0\n");
        Files.writeString(dir.resolve("sub/deeper/d.tiny"), "d1 1 0\n");
    }

    private InstanceExpander.Expansion expand(boolean recursive, String... args) {
        return new InstanceExpander(recursive, Set.of(), warnings::add).expand(List.of(args));
    }

    private static List<String> ids(InstanceExpander.Expansion e) {
        return e.entries().stream().map(InstanceExpander.Entry::id).toList();
    }

    @Test
    void folderIsTopLevelOnlySortedAndMultiInstanceFilesExpand() {
        InstanceExpander.Expansion e = expand(false, dir.toString());
        assertThat(ids(e)).containsExactly("a.tiny#a1", "b.tiny#b1", "b.tiny#b2");
        InstanceExpander.Entry b2 = e.entries().get(2);
        assertThat(b2.index()).isEqualTo(1);
        assertThat(b2.name()).isEqualTo("b2");
        assertThat(b2.family()).isEqualTo("scheduling");
        assertThat(b2.size()).isEqualTo("1 jobs");
        assertThat(b2.problemType()).isEqualTo(SingleMachineProblem.class);
        assertThat(e.broken()).isEmpty();
    }

    @Test
    void symlinkedFoldersAreFollowed(@TempDir Path other) throws IOException {
        Path top = other.resolve("top");
        Files.createDirectories(top);
        Files.createSymbolicLink(top.resolve("linked"), dir.resolve("sub"));
        assertThat(ids(expand(true, top.toString()))).containsExactly("linked/c.tiny#c1", "linked/deeper/d.tiny#d1");
        assertThat(ids(expand(true, top + "/**/*.tiny"))).containsExactly("linked/c.tiny#c1", "linked/deeper/d.tiny#d1");
    }

    @Test
    void recursiveFolderUsesPathsRelativeToTheFolder() {
        assertThat(ids(expand(true, dir.toString())))
                .containsExactly("a.tiny#a1", "b.tiny#b1", "b.tiny#b2", "sub/c.tiny#c1", "sub/deeper/d.tiny#d1");
    }

    @Test
    void globsMatchRelativeToTheirFixedPrefix() {
        assertThat(ids(expand(false, dir + "/*.tiny"))).containsExactly("a.tiny#a1", "b.tiny#b1", "b.tiny#b2");
        assertThat(ids(expand(false, dir + "/sub/*.tiny"))).containsExactly("c.tiny#c1");
        assertThat(ids(expand(false, dir + "/**/*.tiny")))
                .as("** also matches the top level").containsExactly("a.tiny#a1", "b.tiny#b1", "b.tiny#b2", "sub/c.tiny#c1",
                        "sub/deeper/d.tiny#d1");
        assertThat(ids(expand(false, dir + "/{a,sub/c}.tiny"))).containsExactly("a.tiny#a1", "sub/c.tiny#c1");
    }

    @Test
    void namedFilesAndSingleInstancesAreTakenDirectly() {
        assertThat(ids(expand(false, dir.resolve("b.tiny").toString(), dir.resolve("a.tiny") + "#a1")))
                .containsExactly("a.tiny#a1", "b.tiny#b1", "b.tiny#b2");
        assertThat(ids(expand(false, dir.resolve("b.tiny") + "#2"))).containsExactly("b.tiny#b2");
        assertThatThrownBy(() -> expand(false, dir.resolve("b.tiny") + "#zz")).isInstanceOf(UsageException.class)
                .hasMessageContaining("no instance 'zz'");
    }

    @Test
    void theSameFileNamedTwiceCountsOnce() {
        assertThat(ids(expand(false, dir.toString(), dir.resolve("a.tiny").toString(), dir + "/a.*")))
                .containsExactly("a.tiny#a1", "b.tiny#b1", "b.tiny#b2");
    }

    @Test
    void referenceFilesBesideInstancesAreNeverInstances() throws IOException {
        Files.writeString(dir.resolve("sub/all.solu"), "=opt= c1 0\n");
        Files.writeString(dir.resolve("sub/bks.csv"), "name,bks\nc1,0\n");
        assertThat(InstanceExpander.referenceFile(dir.resolve("sub/all.solu"))).isTrue();
        assertThat(InstanceExpander.referenceFile(dir.resolve("optima.csv"))).isTrue();
        assertThat(InstanceExpander.referenceFile(dir.resolve("a.tiny"))).isFalse();
        InstanceExpander.Expansion e = expand(true, dir.toString());
        assertThat(e.broken()).isEmpty();
        assertThat(ids(e)).hasSize(5);
    }

    @Test
    void excludedFilesAreSkipped() {
        InstanceExpander x = new InstanceExpander(false, Set.of(dir.resolve("b.tiny")), warnings::add);
        assertThat(ids(x.expand(List.of(dir.toString())))).containsExactly("a.tiny#a1");
    }

    @Test
    void duplicateNamesInAFileAreSelectedByIndex() throws IOException {
        Path f = dir.resolve("sub/dup.tiny");
        Files.writeString(f, "x 1 0\nx 2 0\ny 1 1\n");
        assertThat(ids(expand(false, f.toString()))).containsExactly("dup.tiny#1", "dup.tiny#2", "dup.tiny#y");
    }

    @Test
    void unreadableFilesBecomeBrokenEntriesWithTheReadersMessage() throws IOException {
        Path bad = dir.resolve("sub/bad.tiny");
        Files.writeString(bad, "ok 1 1\nbroken 1,x 2\n");
        InstanceExpander.Expansion e = expand(false, dir + "/sub");
        assertThat(ids(e)).containsExactly("c.tiny#c1");
        assertThat(e.broken()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo("bad.tiny#bad");
            assertThat(b.message()).isEqualTo(bad + ":2: 'x' is not an integer");
        });
    }

    @Test
    void aNamedFileOfUnknownFormatIsBrokenButInAFolderItIsIgnored() {
        InstanceExpander.Expansion e = expand(false, dir.resolve("README.md").toString());
        assertThat(e.entries()).isEmpty();
        assertThat(e.broken()).singleElement().satisfies(b -> assertThat(b.message()).contains("unknown instance format")
                .contains(".tiny"));
    }

    @Test
    void nothingFoundNamesEveryPatternTried() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> expand(false, empty.toString(), dir + "/*.mps"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no instance files found")
                .hasMessageContaining("folder " + empty + " (top level only; --recursive searches subfolders)")
                .hasMessageContaining("glob '" + dir + "/*.mps'")
                .hasMessageContaining(".tiny");
        assertThat(warnings).hasSize(2);
    }

    @Test
    void missingPathsAndKeyClashesAreUsageErrors() throws IOException {
        assertThatThrownBy(() -> expand(false, dir.resolve("nope").toString())).isInstanceOf(UsageException.class)
                .hasMessageContaining("no such file or folder: " + dir.resolve("nope"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("a.tiny"), "a1 1 1\n");
        assertThatThrownBy(() -> expand(false, dir.toString(), other.toString())).isInstanceOf(UsageException.class)
                .hasMessageContaining("share the result key path 'a.tiny'");
    }
}
