package dev.lockstep.modelcheck;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits TLC's {@code -tool} output, fed line by line, into {@link TlcMessage}s. */
final class TlcOutputReader {
    private static final Pattern START = Pattern.compile("^@!@!@STARTMSG (\\d+):(\\d+) @!@!@$");
    private static final Pattern END = Pattern.compile("^@!@!@ENDMSG (\\d+) @!@!@$");

    private final Consumer<TlcMessage> sink;
    private StringBuilder body;
    private int code;
    private int messageClass;

    TlcOutputReader(Consumer<TlcMessage> sink) { this.sink = sink; }

    void line(String line) {
        if (body == null) {
            Matcher m = START.matcher(line);
            if (m.matches()) {
                code = Integer.parseInt(m.group(1));
                messageClass = Integer.parseInt(m.group(2));
                body = new StringBuilder();
            } else if (!line.isBlank()) {
                sink.accept(new TlcMessage(TlcCodes.UNFRAMED, TlcMessage.NONE, line));
            }
            return;
        }
        Matcher m = END.matcher(line);
        if (m.matches()) {
            sink.accept(new TlcMessage(code, messageClass, body.toString().strip()));
            body = null;
        } else {
            body.append(line).append('\n');
        }
    }

    /** Ends the stream: a message cut off (TLC killed mid-message) is still delivered. */
    void finish() {
        if (body != null) sink.accept(new TlcMessage(code, messageClass, body.toString().strip()));
        body = null;
    }
}
