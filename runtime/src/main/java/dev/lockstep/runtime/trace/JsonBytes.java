package dev.lockstep.runtime.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A byte-level JSON writer for trace lines: ITF trees, strings and numbers straight into a UTF-8 buffer that is
 * written to the stream when full. It emits exactly the bytes of Jackson's default generator (no spaces; {@code "}
 * and backslash escaped, control characters as short escapes such as backslash-n or else as six-character escapes
 * (backslash, u, four upper-case hex digits), characters outside the basic plane as two such escapes of their
 * surrogates, everything else as UTF-8), so trace files stay
 * byte-for-byte what they were, at a fraction of the generator's cost per line: it keeps no nesting context and
 * checks nothing a recorder cannot get wrong. The caller places commas and colons. Not thread-safe.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 written as is, -1 as a six-character escape, else the letter after the backslash. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 32; c++) ESCAPES[c] = -1;
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private final OutputStream out;
    private final byte[] buf;
    private int pos;

    JsonBytes(OutputStream out, int capacity) {
        this.out = out;
        this.buf = new byte[capacity];
    }

    /** ASCII text as it is (punctuation and field names the writer spells itself). */
    void raw(byte[] ascii) throws IOException {
        if (pos + ascii.length > buf.length) drain();
        if (ascii.length > buf.length) {
            out.write(ascii);
            return;
        }
        System.arraycopy(ascii, 0, buf, pos, ascii.length);
        pos += ascii.length;
    }

    void raw(char c) throws IOException {
        if (pos == buf.length) drain();
        buf[pos++] = (byte) c;
    }

    void number(long n) throws IOException {
        if (pos + 20 > buf.length) drain();
        if (n >= 0 && n < 10) {
            buf[pos++] = (byte) ('0' + n);
            return;
        }
        String s = Long.toString(n);
        for (int i = 0; i < s.length(); i++) buf[pos++] = (byte) s.charAt(i);
    }

    /** A quoted, escaped string ({@code null} for null, as Jackson writes it). */
    void string(String s) throws IOException {
        if (s == null) {
            raw(NULL);
            return;
        }
        raw('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            if (pos + 12 > buf.length) drain(); // the longest a char becomes: two escaped surrogates count apart
            char c = s.charAt(i);
            if (c < 128) {
                byte e = ESCAPES[c];
                if (e == 0) {
                    buf[pos++] = (byte) c;
                } else if (e > 0) {
                    buf[pos++] = '\\';
                    buf[pos++] = e;
                } else {
                    unicodeEscape(c);
                }
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | (c >> 6));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                buf[pos++] = (byte) (0xE0 | (c >> 12));
                buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        raw('"');
    }

    private void unicodeEscape(char c) {
        buf[pos++] = '\\';
        buf[pos++] = 'u';
        buf[pos++] = HEX[c >> 12];
        buf[pos++] = HEX[(c >> 8) & 0xF];
        buf[pos++] = HEX[(c >> 4) & 0xF];
        buf[pos++] = HEX[c & 0xF];
    }

    /** An ITF tree: Map (field names as strings), List, String, Boolean, Long or Integer. */
    void itf(Object tree) throws IOException {
        // Most frequent node kinds first.
        if (tree instanceof String s) {
            string(s);
        } else if (tree instanceof Map<?, ?> m) {
            raw('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) raw(',');
                first = false;
                string((String) e.getKey());
                raw(':');
                itf(e.getValue());
            }
            raw('}');
        } else if (tree instanceof Boolean b) {
            raw(b ? TRUE : FALSE);
        } else if (tree instanceof List<?> l) {
            raw('[');
            for (int i = 0, n = l.size(); i < n; i++) {
                if (i > 0) raw(',');
                itf(l.get(i));
            }
            raw(']');
        } else if (tree instanceof Long n) {
            number(n);
        } else if (tree instanceof Integer n) {
            number(n);
        } else if (tree == null) {
            throw new IllegalArgumentException("null is not an ITF value");
        } else {
            throw new IllegalArgumentException("not an ITF tree node: " + tree.getClass().getName());
        }
    }

    /** Writes the buffered bytes to the stream. */
    void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
