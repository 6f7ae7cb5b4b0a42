package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process level: the real {@code ./lockstep} script passes {@code LOCKSTEP_JAVA_OPTS} to the JVM (run against a
 * stand-in JDK whose {@code java} prints its arguments, in a copy of the repository's launcher files with an
 * up-to-date jar, so nothing is built), and a search that fills the heap ends with a message saying how to give it
 * more, not a stack trace.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {
    @TempDir
    Path dir;

    Path root;
    Path jdk;

    @BeforeEach
    void copyTheLauncherAndMakeAStandInJdk() throws IOException {
        root = Files.createDirectories(dir.resolve("repo"));
        Files.copy(Path.of("../lockstep"), root.resolve("lockstep"));
        Files.createDirectories(root.resolve(".mvn"));
        Files.copy(Path.of("../.mvn/find-jdk.sh"), root.resolve(".mvn/find-jdk.sh"));
        Files.createDirectories(root.resolve("cli/target"));
        Files.writeString(root.resolve("cli/target/lockstep.jar"), "");
        jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        // Answers find-jdk.sh's version probe, and otherwise prints one argument per line.
        executable(jdk.resolve("java"), """
                #!/bin/sh
                if [ "$1" = "-XshowSettings:properties" ]; then echo '    java.specification.version = 25' >&2; exit 0; fi
                for a in "$@"; do printf '%s\\n' "$a"; done
                """);
        executable(jdk.resolve("javac"), "#!/bin/sh\n");
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"25.0.1\"\n");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The arguments the launcher gave the JVM, with {@code LOCKSTEP_JAVA_OPTS} set to {@code opts} (null: unset). */
    private List<String> jvmArguments(String opts) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", root.resolve("lockstep").toString(), "explore", "spec.lstep");
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", dir.resolve("jdk").toString());
        if (opts == null) env.remove("LOCKSTEP_JAVA_OPTS");
        else env.put("LOCKSTEP_JAVA_OPTS", opts);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return List.of(out.split("\n"));
    }

    @Test
    void withoutOptionsTheJvmGetsTheLaunchersOwn() throws Exception {
        String jar = root.resolve("cli/target/lockstep.jar").toString();
        assertEquals(List.of("-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-jar", jar, "explore", "spec.lstep"), jvmArguments(null));
    }

    @Test
    void lockstepJavaOptsReachTheJvmBeforeTheJarSplitOnBlanksAndUnexpanded() throws Exception {
        List<String> args = jvmArguments("-Xmx8g  -Dlockstep.probe=*");
        int jar = args.indexOf("-jar");
        assertTrue(args.indexOf("-Xmx8g") > args.indexOf("-XX:+UseParallelGC") && args.indexOf("-Xmx8g") < jar, args::toString);
        assertTrue(args.indexOf("-Dlockstep.probe=*") >= 0 && args.indexOf("-Dlockstep.probe=*") < jar, args::toString);
        assertEquals(List.of("explore", "spec.lstep"), args.subList(jar + 2, args.size()));
    }

    @Test
    void aCollectorChosenInTheOptionsReplacesTheLaunchersOwn() throws Exception {
        List<String> args = jvmArguments("-XX:+UseG1GC -Xmx2g");
        assertFalse(args.contains("-XX:+UseParallelGC"), args::toString);
        assertTrue(args.contains("-XX:+UseG1GC"), args::toString);
    }

    @Test
    void aSearchThatFillsTheHeapSaysHowToGiveItMore() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx24m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "explore", CliTest.TWO_PHASE.toString(),
                "--model", "rm7", "--no-deadlock", "--progress-seconds", "0");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("lockstep: out of memory") && out.contains("LOCKSTEP_JAVA_OPTS=-Xmx8g"), out);
        assertFalse(out.contains("\tat "), out);
        List<String> lines = new ArrayList<>(List.of(out.split("\n")));
        assertTrue(lines.size() < 10, out);
    }
}
