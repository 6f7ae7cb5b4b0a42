package dev.lockstep.modelcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs TLC once, in a forked JVM (TLC keeps global state and cannot run twice in one JVM), in {@code -tool} mode,
 * and hands its framed messages to a consumer as they arrive. Everything TLC writes (its states directory, the
 * standard modules it unpacks into java.io.tmpdir) stays in one working directory, deleted afterwards.
 */
final class TlcProcess {
    /** How a run ended. {@code javaMissing}: the JVM could not be started at all. */
    record Exit(int exitCode, boolean timedOut, boolean javaMissing, String startError) {}

    private TlcProcess() {}

    /** The tla2tools jar (or classes directory) on this JVM's classpath. */
    static Path tlaToolsLocation() {
        URL url = TlcProcess.class.getClassLoader().getResource("tlc2/TLC.class");
        if (url == null) throw new IllegalStateException("tla2tools (tlc2.TLC) is not on the classpath");
        String s = url.toString();
        try {
            if (s.startsWith("jar:")) {
                return Path.of(new URL(s.substring(4, s.indexOf("!/"))).toURI());
            }
            Path classFile = Path.of(url.toURI());
            return classFile.getParent().getParent(); // .../classes/tlc2/TLC.class -> .../classes
        } catch (URISyntaxException | java.net.MalformedURLException e) {
            throw new IllegalStateException("cannot locate tla2tools from " + s, e);
        }
    }

    static Path defaultJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Runs TLC on {@code moduleFile} with {@code cfgFile} (both in {@code dir}, TLC's working directory);
     * {@code work} holds TLC's metadata and temporary files.
     */
    static Exit run(Path dir, String moduleFile, String cfgFile, Path work, TlcOptions options, Consumer<TlcMessage> sink) {
        List<String> cmd = new ArrayList<>();
        cmd.add((options.java() == null ? defaultJava() : options.java()).toString());
        cmd.add("-XX:+UseParallelGC");
        // Without it an out-of-memory TLC can hang in its exception handler instead of exiting.
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        if (options.heap() != null) cmd.add("-Xmx" + options.heap());
        cmd.add("-Djava.io.tmpdir=" + work);
        // The module is UTF-8 (strings may hold any character) and TLC's output is read as UTF-8, whatever the locale.
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Dstdout.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(tlaToolsLocation().toString());
        cmd.add("tlc2.TLC");
        cmd.add("-tool");
        // A fixed fingerprint polynomial: TLC otherwise picks one at random, and with it the order in which its
        // liveness check finds a lasso, so the same model could show a different counterexample on every run.
        cmd.add("-fp");
        cmd.add("0");
        cmd.add("-workers");
        cmd.add(Integer.toString(Math.max(1, options.workers())));
        cmd.add("-metadir");
        cmd.add(work.resolve("states").toString());
        cmd.add("-config");
        cmd.add(cfgFile);
        if (!options.checkDeadlock()) cmd.add("-deadlock");
        cmd.add(moduleFile);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return new Exit(-1, false, true, e.getMessage());
        }
        TlcOutputReader reader = new TlcOutputReader(sink);
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) reader.line(line);
            } catch (IOException e) {
                // the process was killed; what was read so far stands
            }
            reader.finish();
        }, "tlc-output");
        pump.setDaemon(true);
        pump.start();
        boolean timedOut = false;
        try {
            if (options.timeout() == null) {
                process.waitFor();
            } else if (!process.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut = true;
                process.destroyForcibly();
                process.waitFor();
            }
            pump.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return new Exit(process.exitValue(), timedOut, false, null);
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete TLC's working directory " + dir, e);
        }
    }
}
