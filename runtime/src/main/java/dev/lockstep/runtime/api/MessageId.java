package dev.lockstep.runtime.api;

import java.util.Objects;

/**
 * A message's trace id: the sender's name and the sender's message counter (1, 2, ...), spelled {@code sender#n} in
 * envelopes, frames and traces. The one place that formats and parses that spelling.
 */
public record MessageId(String sender, long counter) {
    /** More digits than this cannot be a counter (it would not fit in a long). */
    private static final int MAX_DIGITS = 18;

    public MessageId {
        Objects.requireNonNull(sender, "sender");
        if (sender.isEmpty()) throw new IllegalArgumentException("empty sender");
        if (counter < 0) throw new IllegalArgumentException("negative counter " + counter);
    }

    /** The id {@code sender#counter}, or null when {@code text} has another shape. */
    public static MessageId parse(String text) {
        long n = counterOf(text);
        return n < 0 ? null : new MessageId(text.substring(0, text.lastIndexOf('#')), n);
    }

    /**
     * The counter of the id {@code text}, or -1 when it has another shape: the check and the number without building
     * the sender's name, for readers that look at every id of a long trace.
     */
    public static long counterOf(String text) {
        if (text == null) return -1;
        int hash = text.lastIndexOf('#');
        int digits = text.length() - hash - 1;
        if (hash <= 0 || digits < 1 || digits > MAX_DIGITS) return -1;
        long n = 0;
        for (int i = hash + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** True when the id {@code text} is {@code sender#counter} for the node {@code sender}. */
    public static boolean sentBy(String text, String sender) {
        return text.length() > sender.length() + 1 && text.lastIndexOf('#') == sender.length()
                && text.startsWith(sender);
    }

    /** The spelling {@code sender#counter}. */
    @Override
    public String toString() { return sender + "#" + counter; }
}
