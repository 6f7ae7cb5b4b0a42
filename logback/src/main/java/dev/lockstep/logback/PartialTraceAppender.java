package dev.lockstep.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.lockstep.lang.diag.Code;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A Logback appender that turns an existing system's log events into the JSON-lines log {@code lockstep conform
 * --partial MAPPING} checks: one JSON object per selected event, all of the run's events in one file, in the order
 * they were logged (Logback serializes appends). Which events: those of the loggers that reference the appender in
 * {@code logback.xml}, carrying {@code <marker>} if one is set, and
 * <ul>
 *   <li>with SLF4J 2 key-value pairs ({@code log.atInfo().addKeyValue("node", id).log("send")}): the pairs are the
 *       line's fields, and the event is the pair named {@code <eventField>} or else the message;</li>
 *   <li>without them, whose message matches a {@code <line>} ({@link LinePattern}): its captured fields.</li>
 * </ul>
 * Other events are not written. The MDC keys in {@code <mdc>} are added to every line (a server that keeps its node
 * id in the MDC). A setting that is missing or wrong stops the appender at start with {@code LS943} in Logback's
 * status, a file it cannot write with {@code LS944}.
 */
public final class PartialTraceAppender extends AppenderBase<ILoggingEvent> {
    private String file;
    private String eventField = "event";
    private String marker;
    private final Set<String> mdcKeys = new LinkedHashSet<>();
    private final List<LinePattern> lines = new ArrayList<>();
    private boolean immediateFlush = true;
    private BufferedWriter out;

    /** The log file of this run; created (with its folder) or emptied at start. */
    public void setFile(String file) { this.file = file; }

    /** The field that names a line's event, as the mapping's {@code "event"} says (default {@code event}). */
    public void setEventField(String eventField) { this.eventField = eventField == null ? "" : eventField.strip(); }

    /** Only events with this SLF4J marker (or one that references it) are considered. */
    public void setMarker(String marker) { this.marker = marker == null || marker.isBlank() ? null : marker.strip(); }

    /** Comma-separated MDC keys copied into every line, unless the event has a field of that name already. */
    public void setMdc(String keys) {
        for (String k : keys.split(",")) if (!k.isBlank()) mdcKeys.add(k.strip());
    }

    public void addLine(LinePattern line) { lines.add(line); }

    /** Flush after every line (default), so a crashed run leaves every line logged before the crash. */
    public void setImmediateFlush(boolean immediateFlush) { this.immediateFlush = immediateFlush; }

    @Override
    public void start() {
        String problem = checkSettings();
        if (problem != null) {
            addError(Code.LOGBACK_SETTING_INVALID.id() + " PartialTraceAppender[" + getName() + "]: " + problem);
            return;
        }
        try {
            Path path = Path.of(file);
            if (path.getParent() != null) Files.createDirectories(path.getParent());
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            addError(Code.LOGBACK_FILE_UNWRITABLE.id() + " PartialTraceAppender[" + getName() + "]: cannot create <file> "
                    + file + ": " + e);
            return;
        }
        super.start();
    }

    private String checkSettings() {
        if (file == null || file.isBlank()) return "<file> is not set: name the log file of this run";
        if (file.contains("_IS_UNDEFINED")) {
            // Logback's text for a ${property} it could not resolve: the run would log to a file of that name
            return "<file> " + file + " uses a property that is not defined (a -D system property, an environment"
                    + " variable or a <property> of logback.xml)";
        }
        if (eventField.isEmpty()) return "<eventField> is empty: name the field that holds the event";
        for (LinePattern line : lines) {
            String problem = line.compile(eventField);
            if (problem != null) return problem;
        }
        return null;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (marker != null && !carriesMarker(event)) return;
        Map<String, Object> line = structured(event);
        if (line == null) line = matched(event.getFormattedMessage());
        if (line == null) return;
        Map<String, String> mdc = mdcKeys.isEmpty() ? Map.of() : event.getMDCPropertyMap();
        for (String key : mdcKeys) {
            String value = mdc == null ? null : mdc.get(key);
            if (value != null) line.putIfAbsent(key, value);
        }
        try {
            out.write(JsonLine.of(line));
            out.write('\n');
            if (immediateFlush) out.flush();
        } catch (IOException e) {
            addError(Code.LOGBACK_FILE_UNWRITABLE.id() + " PartialTraceAppender[" + getName() + "]: cannot write to "
                    + file + ": " + e + "; the appender stops, the log is incomplete");
            stop();
        }
    }

    /** The event's key-value pairs with the event name first, or null when it has none. */
    private Map<String, Object> structured(ILoggingEvent event) {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs == null || pairs.isEmpty()) return null;
        Map<String, Object> line = new LinkedHashMap<>();
        String message = event.getFormattedMessage();
        line.put(eventField, message == null ? "" : message.strip());
        for (KeyValuePair pair : pairs) line.put(pair.key, pair.value);
        return line;
    }

    private Map<String, Object> matched(String message) {
        if (message == null) return null;
        for (LinePattern pattern : lines) {
            Map<String, Object> line = pattern.match(message, eventField);
            if (line != null) return line;
        }
        return null;
    }

    private boolean carriesMarker(ILoggingEvent event) {
        List<Marker> markers = event.getMarkerList();
        if (markers == null) return false;
        for (Marker m : markers) if (m.getName().equals(marker) || m.contains(marker)) return true;
        return false;
    }

    @Override
    public void stop() {
        super.stop();
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            addError(Code.LOGBACK_FILE_UNWRITABLE.id() + " PartialTraceAppender[" + getName() + "]: cannot close "
                    + file + ": " + e);
        }
        out = null;
    }
}
