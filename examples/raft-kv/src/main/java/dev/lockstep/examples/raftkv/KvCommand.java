package dev.lockstep.examples.raftkv;

/**
 * A client command as the value of a Raft log entry. The spec's entries carry an integer {@code val} drawn from the
 * constant {@code Values}; the store packs each command into it (2 bits of operation, 3 of key, 5 and 5 of
 * arguments), so a follower that becomes leader can apply every entry it holds without any side table, and
 * {@code Values = 0..32767} stays a set the conformance checker can hold. The price: 8 keys ({@code 0..7}) and
 * values {@code 0..30} (31 is "absent" in a cas's expected value).
 */
public record KvCommand(Op op, int key, int a, int b) {
    public enum Op { GET, PUT, CAS }

    public static final int KEYS = 8;
    /** Values are 0..MAX_VALUE; ABSENT stands for "no value" as a cas's expected value. */
    public static final int MAX_VALUE = 30;
    public static final int ABSENT = 31;
    /** The size of the spec's {@code Values}: every encoded command lies in {@code 0..DOMAIN - 1}. */
    public static final long DOMAIN = 1 << 15;

    public KvCommand {
        if (key < 0 || key >= KEYS) throw new IllegalArgumentException("key " + key + " is not in 0.." + (KEYS - 1));
        checkValue(a, op == Op.CAS);
        checkValue(b, false);
    }

    private static void checkValue(int v, boolean absentAllowed) {
        if ((v < 0 || v > MAX_VALUE) && !(absentAllowed && v == ABSENT)) {
            throw new IllegalArgumentException("value " + v + " is not in 0.." + MAX_VALUE);
        }
    }

    public static KvCommand get(int key) { return new KvCommand(Op.GET, key, 0, 0); }

    public static KvCommand put(int key, int value) { return new KvCommand(Op.PUT, key, value, 0); }

    /** Sets {@code value} if the key holds {@code expected} ({@link #ABSENT}: if it holds none). */
    public static KvCommand cas(int key, int expected, int value) { return new KvCommand(Op.CAS, key, expected, value); }

    public long encode() {
        return ((long) op.ordinal() << 13) | ((long) key << 10) | ((long) a << 5) | b;
    }

    public static KvCommand decode(long v) {
        if (v < 0 || v >= DOMAIN || (v >>> 13) >= Op.values().length) {
            throw new IllegalArgumentException("log value " + v + " encodes no command");
        }
        return new KvCommand(Op.values()[(int) (v >>> 13)], (int) (v >>> 10) & 7, (int) (v >>> 5) & 31, (int) v & 31);
    }

    /** The client protocol's spelling: {@code get K}, {@code put K V}, {@code cas K EXPECTED V}. */
    public static KvCommand parse(String line) {
        String[] w = line.trim().split("\\s+");
        try {
            return switch (w[0].toLowerCase(java.util.Locale.ROOT)) {
                case "get" -> w.length == 2 ? get(Integer.parseInt(w[1])) : null;
                case "put" -> w.length == 3 ? put(Integer.parseInt(w[1]), Integer.parseInt(w[2])) : null;
                case "cas" -> w.length == 4 ? cas(Integer.parseInt(w[1]), w[2].equals("absent") ? ABSENT
                        : Integer.parseInt(w[2]), Integer.parseInt(w[3])) : null;
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return switch (op) {
            case GET -> "get " + key;
            case PUT -> "put " + key + " " + a;
            case CAS -> "cas " + key + " " + (a == ABSENT ? "absent" : a) + " " + b;
        };
    }
}
