package org.cobalt.bench.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;
import org.cobalt.instances.generate.milp.KnapsackGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java example of README.md's "Embedding" section as written. The only change
 * is the instance path: the example's file name is replaced by a generated model written to a
 * temporary folder, so the test needs no data files.
 */
class EmbeddingExampleTest {

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("bench"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void readmeExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String md = Files.readString(readme(), StandardCharsets.UTF_8);
        int section = md.indexOf("## Embedding");
        assertThat(section).as("README has an Embedding section").isNotNegative();
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(md);
        assertThat(block.find(section)).as("a java code block in the Embedding section").isTrue();
        String code = block.group(1);
        Matcher file = Pattern.compile("Path\\.of\\(\"([^\"]+)\"\\)").matcher(code);
        assertThat(file.find()).as("the example reads a file with Path.of(\"...\")").isTrue();

        MilpModel model = new KnapsackGenerator().generate(new SplittableRandom(11), "example");
        Path instance = dir.resolve(file.group(1));
        Instances.write(model, instance);
        code = code.replace("Path.of(\"" + file.group(1) + "\")",
                "Path.of(\"" + instance.toString().replace("\\", "\\\\") + "\")");

        List<String> imports = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n")) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        String source = String.join("\n", imports) + "\n\npublic class ReadmeExample {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";
        Path src = dir.resolve("ReadmeExample.java");
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-classpath", classpath, "-d", classes.toString(),
                "--release", "21", src.toString());
        assertThat(rc).as("javac output:\n%s\nsource:\n%s", diagnostics, source).isZero();

        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).as("example output").contains("OPTIMAL").contains("feasible, objective");
    }
}
