package dev.lockstep.cli;

import static dev.lockstep.cli.CliTest.TWO_PHASE;
import static dev.lockstep.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Numeric and duration options are checked before any work: exit 2 naming the option and its range; help everywhere. */
class OptionValidationTest {
    static final String SPEC = TWO_PHASE.toString();

    /** A command line with one out-of-range value, and the range its message must state. */
    record BadOption(List<String> args, String expected) {
        @Override
        public String toString() { return String.join(" ", args); }
    }

    static List<BadOption> badOptions() {
        return List.of(
                new BadOption(List.of("bench", SPEC, "--models", "small", "--runs", "0"), "an integer of at least 1"),
                new BadOption(List.of("bench", SPEC, "--models", "small", "--warmup", "-1"), "an integer of at least 0"),
                new BadOption(List.of("bench-tlc", SPEC, "--models", "small", "--runs", "0"), "an integer of at least 1"),
                new BadOption(List.of("bench-conform", SPEC, "--steps", "100,0"), "an integer of at least 1"),
                new BadOption(List.of("bench-conform", SPEC, "--short-steps", "0"), "an integer of at least 1"),
                new BadOption(List.of("explore", SPEC, "--model", "small", "--max-states", "-5"), "an integer of at least 0 (0: no limit)"),
                new BadOption(List.of("explore", SPEC, "--model", "small", "--max-seconds", "-1"), "a duration such as 90"),
                new BadOption(List.of("explore", SPEC, "--model", "small", "--checkpoint-every", "0", "--checkpoint", "c"),
                        "a positive duration"),
                new BadOption(List.of("explore", SPEC, "--model", "small", "--progress-seconds", "x"), "a duration"),
                new BadOption(List.of("explore", SPEC, "--model", "small", "--workers", "0"), "an integer of at least 1"),
                new BadOption(List.of("bench", SPEC, "--models", "small", "--workers", "-2"), "an integer of at least 1"),
                new BadOption(List.of("explore", SPEC, "--model", "small", "--memory", "lots"), "a size such as 512m"),
                new BadOption(List.of("explore", SPEC, "--model", "small", "--memory", "0"), "a size such as 512m"),
                new BadOption(List.of("check", SPEC, "--model", "small", "--workers", "0"), "an integer of at least 1"),
                new BadOption(List.of("check", SPEC, "--model", "small", "--timeout", "0"), "a positive duration"),
                new BadOption(List.of("check", SPEC, "--model", "small", "--heap", "lots"), "a heap size"),
                new BadOption(List.of("prove", SPEC, "--model", "small", "--bmc", "-1"), "an integer of at least 0"),
                new BadOption(List.of("prove", SPEC, "--model", "small", "--timeout", "-3"), "a positive duration"),
                new BadOption(List.of("simulate", SPEC, "--steps", "0"), "an integer of at least 1"),
                new BadOption(List.of("simulate", SPEC, "--seeds", "0"), "an integer of at least 1"),
                new BadOption(List.of("simulate", SPEC, "--crash", "1.5"), "a probability between 0 and 1"),
                new BadOption(List.of("simulate", SPEC, "--drop", "-0.1"), "a probability between 0 and 1"),
                new BadOption(List.of("simulate", SPEC, "--dup", "NaN"), "a probability between 0 and 1"),
                new BadOption(List.of("run", SPEC, "--seconds", "0"), "a positive duration"),
                new BadOption(List.of("pipeline", SPEC, "--run-seconds", "-2"), "a positive duration"),
                new BadOption(List.of("refines", SPEC, SPEC, "--model", "small", "--max-pairs", "0"),
                        "an integer of at least 1"),
                new BadOption(List.of("conform", SPEC, "t.ndjson", "--max-hidden-steps", "-1"),
                        "an integer of at least 0"),
                new BadOption(List.of("conform", SPEC, "t.ndjson", "--max-states", "0"), "an integer of at least 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void anOutOfRangeValueIsExitTwoNamingTheRange(BadOption bad) {
        CliTest.Run r = run(bad.args().toArray(String[]::new));
        assertEquals(2, r.exit(), r.out() + r.err());
        String option = bad.args().stream().filter(a -> a.startsWith("--") && !a.equals("--model")
                && !a.equals("--models")).findFirst().orElseThrow();
        assertTrue(r.err().contains("Invalid value for option '" + option + "'"), r.err());
        assertTrue(r.err().contains("expected " + bad.expected()), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().isEmpty(), "nothing ran: " + r.out());
    }

    @Test
    void durationsTakeUnitsAndZeroMeansNoLimitWhereTheHelpSaysSo() {
        CliTest.Run r = run("explore", SPEC, "--model", "small", "--max-seconds", "0", "--max-states", "0",
                "--progress-seconds", "0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("distinct states   288"), r.out());
        assertTrue(run("explore", "--help").out().contains("default 0: no limit"));
        CliTest.Run units = run("explore", SPEC, "--model", "small", "--max-seconds", "1.5m");
        assertEquals(0, units.exit(), units.err());
    }

    @Test
    void everyCommandHasHelpAndDashH() {
        for (String command : List.of("lint", "explore", "bench", "check", "bench-tlc", "prove", "simulate", "run",
                "conform", "bench-conform", "gen", "pipeline")) {
            for (String flag : List.of("--help", "-h")) {
                CliTest.Run r = run(command, flag);
                assertEquals(0, r.exit(), command + " " + flag + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: lockstep " + command), command + " " + flag + ": " + r.out());
            }
        }
    }

    @Test
    void benchWithZeroRunsNoLongerCrashes() {
        CliTest.Run r = run("bench", SPEC, "--models", "small", "--runs", "0");
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("ArrayIndexOutOfBounds"), r.err());
    }

    @Test
    void bmcThatTimesOutIsUnknownAndExitsOne() throws IOException {
        // The queries of Inductive take milliseconds each; BMC to depth 30 at half a second per depth cannot finish.
        CliTest.Run r = run("prove", SPEC, "--model", "small", "--invariant", "Inductive", "--bmc", "30",
                "--timeout", "500ms", "--format", "json");
        assertEquals(1, r.exit(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("unknown", json.get("status").asText());
        assertEquals("unknown", json.get("bmc").get("verdict").asText());
        CliTest.Run text = run("prove", SPEC, "--model", "small", "--invariant", "Inductive", "--bmc", "30",
                "--timeout", "0.5");
        assertEquals(1, text.exit(), text.out());
        assertTrue(text.out().contains("Result: not proved: bounded model checking did not finish"), text.out());
    }
}
