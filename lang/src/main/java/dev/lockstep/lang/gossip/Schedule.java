package dev.lockstep.lang.gossip;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scripted disruptions of a gossip simulation (docs/gossip.md), e.g. {@code crash 10% @40; restart @70; clobber
 * Leader.leader @100}: at the start of the given round, crash that share of the live nodes (they stop exchanging and
 * do not answer), restart every crashed node (from its initial state), or clobber a variable (every live node of the
 * role goes back to its initial value of it).
 */
public record Schedule(List<Event> events) {
    public sealed interface Event {
        int round();
    }

    public record Crash(int percent, int round) implements Event {}

    public record Restart(int round) implements Event {}

    public record Clobber(String role, String var, int round) implements Event {}

    public static final Schedule NONE = new Schedule(List.of());

    private static final Pattern CRASH = Pattern.compile("crash\\s+(\\d+)%\\s*@\\s*(\\d+)");
    private static final Pattern RESTART = Pattern.compile("restart\\s*@\\s*(\\d+)");
    private static final Pattern CLOBBER = Pattern.compile("clobber\\s+([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)"
            + "\\s*@\\s*(\\d+)");

    /** Parses the script; @throws IllegalArgumentException naming the part it cannot read. */
    public static Schedule parse(String text) {
        List<Event> events = new ArrayList<>();
        for (String part : text.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            Matcher m;
            if ((m = CRASH.matcher(p)).matches()) {
                int percent = Integer.parseInt(m.group(1));
                if (percent > 100) throw new IllegalArgumentException("'" + p + "': at most 100% of the nodes can crash");
                events.add(new Crash(percent, round(m.group(2), p)));
            } else if ((m = RESTART.matcher(p)).matches()) {
                events.add(new Restart(round(m.group(1), p)));
            } else if ((m = CLOBBER.matcher(p)).matches()) {
                events.add(new Clobber(m.group(1), m.group(2), round(m.group(3), p)));
            } else {
                throw new IllegalArgumentException("cannot read '" + p + "': expected 'crash P% @R', 'restart @R' or"
                        + " 'clobber Role.var @R'");
            }
        }
        return new Schedule(List.copyOf(events));
    }

    private static int round(String digits, String part) {
        try {
            int r = Integer.parseInt(digits);
            if (r >= 1) return r;
        } catch (NumberFormatException e) {
            // too large: reported below
        }
        throw new IllegalArgumentException("'" + part + "': the round must be a number from 1 to " + Integer.MAX_VALUE);
    }

    /** The rounds at which something is disrupted, in order. */
    public List<Integer> rounds() { return events.stream().map(Event::round).distinct().sorted().toList(); }
}
