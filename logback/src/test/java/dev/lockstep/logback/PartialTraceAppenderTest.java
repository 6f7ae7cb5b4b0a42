package dev.lockstep.logback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.lockstep.lang.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;
import org.slf4j.MarkerFactory;

/** The appender configured from {@code logback.xml} text: which events become lines, and how; bad settings. */
class PartialTraceAppenderTest {
    @TempDir
    Path dir;

    private static String config(String settings) {
        return """
                <configuration>
                  <appender name="TRACE" class="dev.lockstep.logback.PartialTraceAppender">
                    <file>${trace.file}</file>
                %s
                  </appender>
                  <logger name="app" level="INFO"><appender-ref ref="TRACE"/></logger>
                  <root level="OFF"/>
                </configuration>
                """.formatted(settings);
    }

    private LoggerContext context(String settings) {
        return Logback.fresh(config(settings), Map.of("trace.file", dir.resolve("run/trace.log").toString()));
    }

    private List<String> lines(LoggerContext context) throws IOException {
        context.stop(); // closes the file
        return Files.readAllLines(dir.resolve("run/trace.log"));
    }

    record Msg(String kind, String to) {}

    enum Outcome { COMMIT }

    @Test
    void keyValuePairsBecomeTheLineAndTheMessageNamesTheEvent() throws IOException {
        LoggerContext context = context("<eventField>ev</eventField>");
        assertEquals(List.of(), Logback.errors(context));
        Logger log = context.getLogger("app.Node");
        log.atInfo().addKeyValue("node", "r1").addKeyValue("msgs", List.of(new Msg("PREPARED", "tm")))
                .addKeyValue("ballot", 3).log(" send ");
        log.atInfo().addKeyValue("ev", "decide").addKeyValue("node", "tm").addKeyValue("outcome", Outcome.COMMIT)
                .log("the TM decided");
        log.info("a line with neither key-value pairs nor a matching <line>: not written");
        log.atDebug().addKeyValue("node", "r1").log("below the logger's level: not written");
        context.getLogger("other").atInfo().addKeyValue("node", "r1").log("a logger without the appender");
        assertEquals(List.of(
                "{\"ev\":\"send\",\"node\":\"r1\",\"msgs\":[{\"kind\":\"PREPARED\",\"to\":\"tm\"}],\"ballot\":3}",
                "{\"ev\":\"decide\",\"node\":\"tm\",\"outcome\":\"COMMIT\"}"), lines(context));
    }

    @Test
    void legacyMessagesMatchPatternsAndRegexes() throws IOException {
        LoggerContext context = context("""
                <line><event>decide</event><pattern>{node} decided {outcome}</pattern></line>
                <line><event>promise</event><regex>(?&lt;node&gt;\\w+) promised ballot (?&lt;ballot&gt;-?\\d+)</regex>
                  <numbers>ballot</numbers></line>
                <line><pattern>{node} did {event} in round {round}</pattern><numbers>round</numbers></line>
                """);
        assertEquals(List.of(), Logback.errors(context));
        Logger log = context.getLogger("app");
        log.info("{} decided {}", "tm", "ABORT");
        log.info("a1 promised ballot 7");
        log.info("a1 promised ballot 7 at noon");    // a pattern matches the whole message, not a part
        log.info("p1 did Propose in round x2");      // not an integer: kept as text for the checker to report
        log.info("p2   did  Accept in round 4");     // blanks in a pattern match any run of blanks
        assertEquals(List.of(
                "{\"event\":\"decide\",\"node\":\"tm\",\"outcome\":\"ABORT\"}",
                "{\"event\":\"promise\",\"node\":\"a1\",\"ballot\":7}",
                "{\"node\":\"p1\",\"event\":\"Propose\",\"round\":\"x2\"}",
                "{\"node\":\"p2\",\"event\":\"Accept\",\"round\":4}"), lines(context));
    }

    @Test
    void aMarkerSelectsEventsAndMdcKeysNameTheNode() throws IOException {
        LoggerContext context = context("<marker>TRACE</marker><mdc>node</mdc>"
                + "<line><event>decide</event><pattern>decided {outcome}</pattern></line>");
        Logger log = context.getLogger("app");
        MDC.put("node", "r2");
        try {
            log.info(MarkerFactory.getMarker("TRACE"), "decided {}", "COMMITTED");
            log.info("decided {}", "ABORTED"); // no marker: not written
            log.atInfo().addMarker(MarkerFactory.getMarker("TRACE")).addKeyValue("node", "r3").log("send");
        } finally {
            MDC.remove("node");
        }
        assertEquals(List.of("{\"event\":\"decide\",\"outcome\":\"COMMITTED\",\"node\":\"r2\"}",
                "{\"event\":\"send\",\"node\":\"r3\"}"), lines(context));
    }

    @Test
    void jsonTextIsEscaped() throws IOException {
        LoggerContext context = context("");
        context.getLogger("app").atInfo().addKeyValue("node", "a \"quoted\"\\\n\u0001 name")
                .addKeyValue("xs", new int[] {1, 2}).addKeyValue("none", (Object) null).log("e");
        assertEquals(List.of("{\"event\":\"e\",\"node\":\"a \\\"quoted\\\"\\\\\\n\\u0001 name\",\"xs\":[1,2],"
                + "\"none\":null}"), lines(context));
    }

    /** The error Logback's status holds for the appender's settings, which then stays stopped and writes nothing. */
    private String settingError(String settings) {
        LoggerContext context = context(settings);
        List<String> errors = Logback.errors(context);
        context.getLogger("app").atInfo().addKeyValue("node", "r1").log("send");
        context.stop();
        assertFalse(Files.exists(dir.resolve("run/trace.log")), "a stopped appender created its file");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(Code.LOGBACK_SETTING_INVALID.id()
                + " PartialTraceAppender[TRACE]: ")), errors.toString());
        return String.join("\n", errors);
    }

    @Test
    void badSettingsStopTheAppenderAtStartNamingTheSetting() {
        assertTrue(settingError("<line><event>e</event></line>").contains("it has neither"));
        assertTrue(settingError("<line><pattern>{n} x</pattern><regex>(?&lt;n&gt;.*)</regex></line>")
                .contains("it has both"));
        assertTrue(settingError("<line><event>e</event><regex>(?&lt;n&gt;[a-</regex></line>")
                .contains("<regex> (?<n>[a- does not compile"));
        assertTrue(settingError("<line><event>e</event><pattern>{n} then {n}</pattern></line>")
                .contains("<pattern> {n} then {n} does not compile: Named capturing group <n> is already defined"));
        assertTrue(settingError("<line><pattern>{node} decided</pattern></line>")
                .contains("names no event: set <event> or capture the field event"));
        assertTrue(settingError("<line><event>e</event><pattern>{node} at {t}</pattern><numbers>time</numbers></line>")
                .contains("<numbers> names time, which <pattern> {node} at {t} does not capture"));
        assertTrue(settingError("<line><event>e</event><pattern>nothing to capture</pattern></line>")
                .contains("captures no field"));
    }

    @Test
    void aMissingFileSettingIsNamed() {
        LoggerContext context = Logback.fresh(config("").replace("<file>${trace.file}</file>", ""), Map.of());
        List<String> errors = Logback.errors(context);
        context.stop();
        assertTrue(errors.contains(Code.LOGBACK_SETTING_INVALID.id()
                + " PartialTraceAppender[TRACE]: <file> is not set: name the log file of this run"), errors.toString());
    }

    @Test
    void aFileNamedByAnUndefinedPropertyIsRefused() {
        LoggerContext context = Logback.fresh(config(""), Map.of());
        List<String> errors = Logback.errors(context);
        context.stop();
        assertTrue(errors.contains(Code.LOGBACK_SETTING_INVALID.id() + " PartialTraceAppender[TRACE]: <file> "
                + "trace.file_IS_UNDEFINED uses a property that is not defined (a -D system property, an environment"
                + " variable or a <property> of logback.xml)"), errors.toString());
        assertFalse(Files.exists(Path.of("trace.file_IS_UNDEFINED")));
    }

    @Test
    void aFileThatCannotBeCreatedIsNamed() throws IOException {
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "");
        LoggerContext context = Logback.fresh(config(""), Map.of("trace.file", blocked.resolve("trace.log").toString()));
        List<String> errors = Logback.errors(context);
        context.stop();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(Code.LOGBACK_FILE_UNWRITABLE.id()
                + " PartialTraceAppender[TRACE]: cannot create <file> " + blocked.resolve("trace.log"))),
                errors.toString());
    }
}
