package dev.lockstep.examples.raftkv;

/**
 * A line of the client protocol's answer: {@code VALUE v} or {@code VALUE absent} (get), {@code OK} (put, or a
 * cas that took effect), {@code FAILED} (a cas whose expected value did not match), {@code REDIRECT node host:port}
 * (ask the leader), {@code RETRY reason} (certainly not applied: no leader known, or the entry was overwritten),
 * {@code UNKNOWN reason} (it may or may not take effect), {@code ERROR reason} (a malformed request).
 */
public record Reply(Kind kind, String detail) {
    public enum Kind { VALUE, OK, FAILED, REDIRECT, RETRY, UNKNOWN, ERROR }

    static Reply value(Integer v) { return new Reply(Kind.VALUE, v == null ? "absent" : v.toString()); }

    static Reply ok() { return new Reply(Kind.OK, ""); }

    static Reply casFailed() { return new Reply(Kind.FAILED, ""); }

    static Reply redirect(String node, String address) { return new Reply(Kind.REDIRECT, node + " " + address); }

    static Reply retry(String why) { return new Reply(Kind.RETRY, why); }

    static Reply unknown(String why) { return new Reply(Kind.UNKNOWN, why); }

    static Reply error(String why) { return new Reply(Kind.ERROR, why); }

    /** The get's value, null for absent. */
    public Integer intValue() { return detail.equals("absent") ? null : Integer.valueOf(detail); }

    public String line() { return detail.isEmpty() ? kind.name() : kind.name() + " " + detail; }

    public static Reply parse(String line) {
        String t = line.trim();
        int sp = t.indexOf(' ');
        try {
            return new Reply(Kind.valueOf(sp < 0 ? t : t.substring(0, sp)), sp < 0 ? "" : t.substring(sp + 1));
        } catch (IllegalArgumentException e) {
            return new Reply(Kind.ERROR, "unreadable answer: " + t);
        }
    }
}
