package dev.lockstep.logback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code <line>} of a {@link PartialTraceAppender}: the fallback for legacy log statements without key-value
 * pairs ({@code log.info("{} decided {}", node, outcome)}). The formatted message must match the whole of
 * {@code <pattern>} (literal text with {@code {field}} placeholders, each one word: no blanks) or of {@code <regex>}
 * (a Java regex whose named groups are the fields); the line's event is {@code <event>}, or the field of the
 * appender's {@code eventField} when the pattern captures it. Captured text stays text, except for the fields listed
 * in {@code <numbers>}, which are written as JSON integers (the spec's {@code int} values).
 */
public final class LinePattern {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

    private String event;
    private String pattern;
    private String regex;
    private final Set<String> numbers = new LinkedHashSet<>();
    private Pattern compiled;
    private final List<String> fields = new ArrayList<>();

    public void setEvent(String event) { this.event = blankToNull(event); }

    public void setPattern(String pattern) { this.pattern = blankToNull(pattern); }

    public void setRegex(String regex) { this.regex = blankToNull(regex); }

    public void setNumbers(String list) {
        for (String f : list.split(",")) if (!f.isBlank()) numbers.add(f.strip());
    }

    /** Checks the settings and compiles the pattern; a problem is a message naming the setting, else null. */
    String compile(String eventField) {
        if ((pattern == null) == (regex == null)) {
            return "<line> needs exactly one of <pattern> (text with {field} placeholders) and <regex>"
                    + (pattern == null ? ", it has neither" : ", it has both");
        }
        String source = pattern != null ? toRegex(pattern) : regex;
        try {
            compiled = Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            return "<line> " + describe() + " does not compile: " + e.getDescription() + " at index " + e.getIndex();
        }
        Matcher groups = GROUP.matcher(source);
        while (groups.find()) fields.add(groups.group(1));
        if (fields.isEmpty()) return "<line> " + describe() + " captures no field: name them as {node} or (?<node>...)";
        if (event == null && !fields.contains(eventField)) {
            return "<line> " + describe() + " names no event: set <event> or capture the field " + eventField;
        }
        for (String n : numbers) {
            if (!fields.contains(n)) return "<line> <numbers> names " + n + ", which " + describe() + " does not capture";
        }
        return null;
    }

    /**
     * The line's fields if the message matches, else null. The event name comes first, under {@code eventField}.
     * A number field that is not an integer stays text, so the checker reports it at the log's line.
     */
    Map<String, Object> match(String message, String eventField) {
        Matcher m = compiled.matcher(message);
        if (!m.matches()) return null;
        Map<String, Object> line = new LinkedHashMap<>();
        if (event != null) line.put(eventField, event);
        for (String f : fields) {
            String text = m.group(f);
            if (text == null) continue; // an optional group that did not take part
            line.put(f, numbers.contains(f) && text.matches("-?\\d{1,18}") ? (Object) Long.parseLong(text) : text);
        }
        return line;
    }

    private String describe() { return pattern != null ? "<pattern> " + pattern : "<regex> " + regex; }

    /** {@code {name}} becomes a named group of one word; the text between is literal, runs of blanks are flexible. */
    private static String toRegex(String pattern) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            out.append(literal(pattern.substring(last, m.start())));
            out.append("(?<").append(m.group(1)).append(">\\S+)");
            last = m.end();
        }
        out.append(literal(pattern.substring(last)));
        return out.toString();
    }

    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        Matcher blanks = BLANKS.matcher(text);
        int last = 0;
        while (blanks.find()) {
            if (blanks.start() > last) out.append(Pattern.quote(text.substring(last, blanks.start())));
            out.append("\\s+");
            last = blanks.end();
        }
        if (last < text.length()) out.append(Pattern.quote(text.substring(last)));
        return out.toString();
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
