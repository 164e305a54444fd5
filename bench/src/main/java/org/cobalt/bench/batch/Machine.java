package org.cobalt.bench.batch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a batch ran on, as written into every result line.
 *
 * @param host     host name
 * @param cores    processors available to the JVM
 * @param memoryMb physical memory in MiB, or -1 when unknown
 * @param os       operating system name, version and architecture
 * @param jvm      JVM vendor, name and version
 */
public record Machine(String host, int cores, long memoryMb, String os, String jvm) {

    /** Describes the current machine. */
    public static Machine current() {
        return new Machine(hostName(), Runtime.getRuntime().availableProcessors(), physicalMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"));
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            Path etc = Path.of("/etc/hostname");
            if (Files.isReadable(etc)) {
                String s = Files.readString(etc).strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long physicalMemoryMb() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getTotalMemorySize() / (1024 * 1024);
            }
        } catch (RuntimeException | LinkageError e) {
            // jdk.management missing: unknown
        }
        return -1;
    }
}
