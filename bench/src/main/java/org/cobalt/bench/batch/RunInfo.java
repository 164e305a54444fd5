package org.cobalt.bench.batch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Facts about this run that go into every result line.
 *
 * @param machine       the machine
 * @param commit        git HEAD of the cobalt checkout, or null
 * @param cobaltVersion cobalt's version
 */
public record RunInfo(Machine machine, String commit, String cobaltVersion) {

    /** Detects machine, commit and version. */
    public static RunInfo detect() {
        return new RunInfo(Machine.current(), gitHead(cobaltHome()), detectVersion());
    }

    /** cobalt's version from the build, or {@code "unknown"}. */
    public static String detectVersion() {
        try (InputStream in = RunInfo.class.getResourceAsStream("/org/cobalt/bench/cobalt-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through
        }
        String v = RunInfo.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /**
     * The cobalt checkout: system property {@code cobalt.home} (set by {@code bin/cobalt}), else the
     * nearest folder above the code's location that holds {@code .git}; null when neither exists.
     */
    static Path cobaltHome() {
        String prop = System.getProperty("cobalt.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        try {
            var src = RunInfo.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            for (Path p = Path.of(src.getLocation().toURI()).toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.exists(p.resolve(".git"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // unknown location
        }
        return null;
    }

    /** {@code git rev-parse HEAD} in {@code dir}, or null when git or the repository is missing. */
    static String gitHead(Path dir) {
        if (dir == null) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("git", "-C", dir.toString(), "rev-parse", "HEAD")
                    .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 && out.matches("[0-9a-f]{7,64}") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
