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
        if (text == null) return null;
        int hash = text.lastIndexOf('#');
        int digits = text.length() - hash - 1;
        if (hash <= 0 || digits < 1 || digits > MAX_DIGITS) return null;
        long n = 0;
        for (int i = hash + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return null;
            n = n * 10 + (c - '0');
        }
        return new MessageId(text.substring(0, hash), n);
    }

    /** The spelling {@code sender#counter}. */
    @Override
    public String toString() { return sender + "#" + counter; }
}
