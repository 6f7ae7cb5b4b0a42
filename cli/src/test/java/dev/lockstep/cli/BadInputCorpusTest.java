package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command on every file of the bad-input corpus ({@code src/test/resources/bad-input}, see its README), in
 * process: the exit code is 2 (never 1, "violation", or 3, "internal error"), no run hangs, and neither stdout nor
 * stderr shows a Java exception or stack frame. Each command and file is one test, so a failure names both.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    static final String TWO_PHASE = CliTest.TWO_PHASE.toString();
    static final String DESCRIPTOR = RuntimeCommandsTest.TPC;
    static final long TIMEOUT_SECONDS = 60;

    static Path work;
    static Path goodTraces;
    private static final String RUNNER_THREAD = "bad-input-corpus";
    static ExecutorService runner = Executors.newSingleThreadExecutor(BadInputCorpusTest::daemon);

    @BeforeAll
    static void setUp() throws IOException {
        work = Files.createTempDirectory("lockstep-bad-input");
        goodTraces = Files.createDirectories(work.resolve("traces"));
        // One event that conforms to the corpus specs' Base protocol would need a valid spec; any trace will do here,
        // since the spec is refused before the traces are read.
        Files.writeString(goodTraces.resolve("a.ndjson"), "{\"kind\":\"init\",\"node\":\"a\",\"role\":\"P\",\"step\":0,"
                + "\"params\":{},\"sent\":[],\"state\":{},\"lamport\":0,\"vclock\":{\"a\":0}}\n");
    }

    @AfterAll
    static void tearDown() {
        runner.shutdownNow();
        ProtocolSource.deleteTree(work);
    }

    @TestFactory
    Stream<DynamicTest> everyCommandRefusesEveryMalformedSpec() throws IOException {
        List<Path> specs = files("spec");
        specs.addAll(GeneratedSpecs.write(work.resolve("generated")));
        return specs.stream().flatMap(f -> specCommands(f, true));
    }

    @TestFactory
    Stream<DynamicTest> everyCommandRefusesEveryModelThatCannotBeBound() throws IOException {
        // These specs lint clean (lint exits 0 and is not run); binding their model fails. Two of them are fine for
        // the commands that name their models or need none: gen (every model, or none) and bench, bench-tlc
        // (--models two names one of the two models), so those are not run on them.
        return files("model").stream().flatMap(f -> specCommands(f, false).filter(t -> {
            String file = f.getFileName().toString();
            boolean noModelChosen = file.equals("model-two-models-none-chosen.lstep");
            boolean noModel = file.equals("model-none.lstep");
            String command = t.getDisplayName().split(" ")[0];
            return !(command.equals("gen") && (noModel || noModelChosen)
                    || command.startsWith("bench") && !command.equals("bench-conform") && noModelChosen);
        }));
    }

    @TestFactory
    Stream<DynamicTest> conformRefusesEveryBadTrace() throws IOException {
        return files("trace").stream().map(f -> expectBadInput("conform", TWO_PHASE, "--model", "small", f.toString()));
    }

    @TestFactory
    Stream<DynamicTest> replayRefusesEveryBadTrace() throws IOException {
        // replay takes one run's folder: each bad trace file alone in a folder, each bad folder as it is.
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files("trace")) {
            Path folder = f;
            if (!Files.isDirectory(f)) {
                folder = Files.createDirectories(work.resolve("replay-" + f.getFileName()));
                Files.copy(f, folder.resolve(f.getFileName()));
            }
            tests.add(expectBadInput("replay", TWO_PHASE, "--model", "small", folder.toString(), "--out",
                    work.resolve("replayed-" + f.getFileName()).toString()));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> runRefusesEveryBadClusterFile() throws IOException {
        // With the runtime's hand-written 2PC descriptor: the same nodes and roles as the spec, without compiling it.
        return files("cluster").stream().map(f -> expectBadInput("run", "--descriptor", DESCRIPTOR, "--cluster",
                f.toString(), "--seconds", "1"));
    }

    @TestFactory
    Stream<DynamicTest> everyBadOptionIsUsageError() throws IOException {
        Path tmp = Files.createDirectories(work.resolve("options"));
        Path file = Files.writeString(work.resolve("a-file.txt"), "not a folder\n");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("options.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String expanded = line.replace("{spec}", TWO_PHASE).replace("{tmp}", tmp.toString())
                    .replace("{file}", file.toString());
            tests.add(expectBadInput(expanded.strip().split("\\s+")));
        }
        return tests.stream();
    }

    /** Every command that takes a spec, on {@code spec}; lint too when the spec's text itself is bad. */
    private Stream<DynamicTest> specCommands(Path spec, boolean lint) {
        String f = spec.toString();
        List<DynamicTest> tests = new ArrayList<>();
        if (lint) tests.add(expectBadInput("lint", f));
        // analyze needs no model, so only a malformed spec (not an unbindable model) is bad input for it.
        if (lint) tests.add(expectBadInput("analyze", f, "--monotonicity"));
        tests.add(expectBadInput("explore", f));
        tests.add(expectBadInput("check", f));
        tests.add(expectBadInput("prove", f));
        tests.add(expectBadInput("gen", f, "--out", work.resolve("gen").toString(), "--package", "p.q"));
        tests.add(expectBadInput("simulate", f));
        tests.add(expectBadInput("run", f, "--seconds", "1"));
        tests.add(expectBadInput("conform", f, goodTraces.toString()));
        tests.add(expectBadInput("replay", f, goodTraces.toString()));
        tests.add(expectBadInput("pipeline", f));
        tests.add(expectBadInput("bench", f, "--models", "two"));
        tests.add(expectBadInput("bench-tlc", f, "--models", "two"));
        tests.add(expectBadInput("bench-conform", f));
        return tests.stream();
    }

    private static DynamicTest expectBadInput(String... args) {
        String name = String.join(" ", args).replace(CORPUS + "/", "").replace(work.toString(), "$TMP");
        return DynamicTest.dynamicTest(name, () -> {
            Outcome o = run(args);
            String shown = "lockstep " + name + "\nexit " + o.exit + "\n--- stdout\n" + abbreviate(o.out) + "\n--- stderr\n" + abbreviate(o.err);
            assertFalse(o.out.contains("Exception") || o.err.contains("Exception"), "an exception is shown:\n" + shown);
            assertFalse(o.out.contains("at dev.lockstep") || o.err.contains("at dev.lockstep"), "a stack trace:\n" + shown);
            assertFalse(o.out.contains("\tat ") || o.err.contains("\tat "), "a stack trace:\n" + shown);
            assertEquals(ExitCodes.BAD_INPUT, o.exit, "expected exit 2 (bad input):\n" + shown);
        });
    }

    private record Outcome(int exit, String out, String err) {}

    /** Runs the CLI in process on its own thread, with System.out and System.err captured too (for stray prints). */
    private static Outcome run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        // Only what the CLI's own thread prints: a Netty warning from another test's node (e.g. "Connection reset")
        // may reach System.err while this runs and is not this input's fault.
        PrintStream capture = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (Thread.currentThread().getName().equals(RUNNER_THREAD)) stray.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (Thread.currentThread().getName().equals(RUNNER_THREAD)) stray.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            Future<Integer> exit = runner.submit(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args));
            try {
                int code = exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return new Outcome(code, out.toString(), err + stray.toString(StandardCharsets.UTF_8));
            } catch (TimeoutException e) {
                exit.cancel(true);
                runner.shutdownNow();
                runner = Executors.newSingleThreadExecutor(BadInputCorpusTest::daemon);
                return fail("no answer within " + TIMEOUT_SECONDS + " s (a hang?)\n--- stdout\n" + abbreviate(out.toString())
                        + "\n--- stderr\n" + abbreviate(err.toString()));
            }
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static List<Path> files(String folder) throws IOException {
        try (Stream<Path> s = Files.list(CORPUS.resolve(folder))) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 3000 ? s : s.substring(0, 3000) + "... (" + s.length() + " characters)";
    }

    private static Thread daemon(Runnable r) {
        // The JVM's default stack size, as the launcher's main thread has it: what overflows here overflows for users.
        Thread t = new Thread(null, r, RUNNER_THREAD, 0);
        t.setDaemon(true);
        return t;
    }
}
