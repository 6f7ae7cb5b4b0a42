package dev.lockstep.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The goals run the CLI's command: its report in the build log, its exit code deciding the build. */
class CliMojoTest {
    private static final File EAGER = new File(MojoFixture.SPECS, "buggy/two-phase-commit-eager.lstep");
    private static final File TWO_PC = new File(MojoFixture.SPECS, "two-phase-commit.lstep");

    private static <M extends CliMojo> M mojo(M m, File spec, List<String> models) {
        MojoFixture.set(m, "project", MojoFixture.project("com.acme", new File(".")));
        MojoFixture.set(m, "specFiles", List.of(spec));
        MojoFixture.set(m, "specDirectory", new File("src/main/lockstep")); // not there: specFiles are enough
        MojoFixture.set(m, "models", models);
        return m;
    }

    /** The CLI's report without its timing line, which differs from run to run. */
    private static List<String> untimed(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("  time ")).toList();
    }

    @Test
    void aViolationFailsTheBuildWithTheClisReport() {
        ExploreMojo m = mojo(new ExploreMojo(), EAGER, List.of("small"));
        MojoFixture.KeptLog log = MojoFixture.log(m);
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertTrue(e.getMessage().contains("lockstep explore " + EAGER + " --model small"), e.getMessage());

        StringWriter out = new StringWriter();
        assertEquals(1, Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "explore", EAGER.toString(), "--model", "small"));
        List<String> logged = log.at("info");
        assertEquals("lockstep explore " + EAGER + " --model small", logged.get(0));
        assertEquals(untimed(out.toString().lines().toList()), untimed(logged.subList(1, logged.size())));
        assertTrue(logged.contains("Result: invariant Consistent is violated"), logged.toString());
    }

    @Test
    void everyModelOfTheSpecRunsWhenNoneIsConfigured() throws Exception {
        ExploreMojo m = mojo(new ExploreMojo(), TWO_PC, List.of());
        MojoFixture.set(m, "arguments", List.of("--max-states", "50"));
        MojoFixture.KeptLog log = MojoFixture.log(m);
        m.execute();
        List<String> commands = log.at("info").stream().filter(l -> l.startsWith("lockstep explore")).toList();
        assertTrue(commands.size() >= 8, commands.toString());
        assertTrue(commands.contains("lockstep explore " + TWO_PC + " --model rm5 --max-states 50"), commands.toString());
    }

    @Test
    void proveProvesTheInvariantsOfTheModel() throws Exception {
        ProveMojo m = mojo(new ProveMojo(), TWO_PC, List.of("small"));
        MojoFixture.KeptLog log = MojoFixture.log(m);
        m.execute();
        assertTrue(log.at("info").contains("Proving TwoPhaseCommit, model small: Consistent /\\ Inductive"),
                log.lines.toString());
    }

    /** TLC in a JVM of its own: 13 s on a busy 2-core machine. */
    @Test
    @org.junit.jupiter.api.Tag("long")
    void checkRunsTlcOnTheModel() throws Exception {
        CheckMojo m = mojo(new CheckMojo(), TWO_PC, List.of("small"));
        MojoFixture.KeptLog log = MojoFixture.log(m);
        m.execute();
        List<String> info = log.at("info");
        assertTrue(info.contains("Result: holds") && info.contains("  distinct states   288"), info.toString());
    }

    @Test
    void aSpecWithErrorsFailsTheBuildWithItsDiagnostics(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.lstep"), "protocol Bad {\n  var x: Nat\n");
        ProveMojo m = mojo(new ProveMojo(), bad.toFile(), List.of());
        MojoFixture.KeptLog log = MojoFixture.log(m);
        assertThrows(MojoFailureException.class, m::execute);
        assertTrue(log.at("error").stream().anyMatch(l -> l.contains("bad.lstep:")), log.lines.toString());
    }

    @Test
    void conformNeedsTracesAndOneModel() {
        ConformMojo m = mojo(new ConformMojo(), TWO_PC, List.of());
        MojoFixture.set(m, "defaultTraces", new File("target/no-such-traces"));
        MojoFixture.log(m);
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertTrue(e.getMessage().contains("name the one the traces were recorded with"), e.getMessage());
        MojoFixture.set(m, "models", List.of("small"));
        e = assertThrows(MojoFailureException.class, m::execute);
        assertTrue(e.getMessage().startsWith("lockstep:conform: no traces at target/no-such-traces"), e.getMessage());
    }
}
