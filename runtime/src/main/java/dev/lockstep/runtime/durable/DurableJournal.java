package dev.lockstep.runtime.durable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.lockstep.runtime.api.ItfSeq;
import dev.lockstep.runtime.trace.ItfJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The append-only journal beside a node's durable state file, {@code DIR/NODE.durable.journal}: a write is one
 * line here, {@code CRC32 {"seq": n, "append": {variable: [ITF value, ...]}, "set": {variable: ITF value}}} (what
 * sequences gained; the new value of any other variable that changed), made durable by one {@code fdatasync},
 * instead of a rewrite of the whole state with its rename and two fsyncs. A process's first write, and the first
 * after the journal passed {@link #MAX_BYTES}, write the whole state file again (with its sequence number), after
 * which the journal starts empty. Recovery applies, on top of the file, the lines whose sequence number is
 * above the file's (older lines are left over from before that write). A last line without its newline or with a
 * wrong checksum is a write cut off by a crash: its step's sends never left, so it is ignored; such a line before
 * the last is corruption.
 */
final class DurableJournal {
    private static final JsonFactory JSON = new JsonFactory();
    /** Past this size the next write is a whole file again, which empties the journal. */
    static final long MAX_BYTES = 4L << 20;

    private final Path file;
    private FileChannel channel;
    private long size;

    DurableJournal(Path file) { this.file = file; }

    Path file() { return file; }

    /** Whether a line may be appended now: the journal was emptied by this process's last whole write, and is small. */
    boolean open() { return channel != null && size < MAX_BYTES; }

    /**
     * The change from {@code written} to {@code next} as a journal line's parts: {@code "append"}, the entries added
     * to each sequence that extends its written value, and {@code "set"}, the new value of every other variable
     * that changed (a term, a vote; a sequence that lost entries is set whole).
     */
    static Map<String, Object> change(Map<String, Object> written, Map<String, Object> next) {
        Map<String, Object> appended = new LinkedHashMap<>();
        Map<String, Object> set = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : next.entrySet()) {
            Object before = written.get(e.getKey());
            if (e.getValue().equals(before)) continue;
            if (e.getValue() instanceof List<?> now && before instanceof List<?> old && startsWith(now, old)) {
                appended.put(e.getKey(), new ArrayList<>(now.subList(old.size(), now.size())));
            } else {
                set.put(e.getKey(), e.getValue());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("append", appended);
        out.put("set", set);
        return out;
    }

    /**
     * Whether {@code now} begins with {@code old}: in O(1) for two versions of one shared sequence (the trees of a
     * {@code SharedSeq}, as a Raft log's), else element by element.
     */
    private static boolean startsWith(List<?> now, List<?> old) {
        if (now.size() < old.size()) return false;
        if (now instanceof ItfSeq a && old instanceof ItfSeq b && a.sharedPrefix(b) == old.size()) return true;
        return now.subList(0, old.size()).equals(old);
    }

    /** Appends one line and returns when it is on disk. */
    void append(long seq, Map<String, Object> change) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("seq", seq);
        line.putAll(change);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(json)) {
            ItfJson.write(g, line);
        }
        byte[] body = json.toByteArray();
        byte[] out = (crc(body) + " " + new String(body, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(out);
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
        size += out.length;
    }

    /** After a whole write: the journal starts empty (created if missing), open for appends. */
    void restart() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        channel.truncate(0);
        channel.position(0);
        channel.force(true);
        size = 0;
    }

    void close() {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // closing after the last write; nothing is lost
        }
        channel = null;
    }

    /**
     * Applies the journal's lines numbered above {@code fromSeq} to {@code durable} (the whole file's variables) and
     * returns the last sequence number applied ({@code fromSeq} if none).
     *
     * @throws DurableStateException naming the journal and line when a line before the last is not a valid one
     */
    static long replay(Path file, long fromSeq, Map<String, Object> durable) {
        byte[] bytes = DurableStore.readIfPresent(file, "the journal");
        if (bytes == null) return fromSeq;
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        long last = fromSeq;
        // The element after the last newline is "" for a complete journal, or a line cut off by a crash.
        for (int i = 0; i < lines.length - 1; i++) {
            Map<?, ?> line = parse(lines[i]);
            if (line == null) {
                if (i == lines.length - 2 && lines[lines.length - 1].isEmpty()) break; // the last line, torn
                throw new DurableStateException(file, "line " + (i + 1) + " is corrupt (checksum or JSON)");
            }
            if (!(line.get("seq") instanceof Long seq) || !(line.get("append") instanceof Map<?, ?> appended)
                    || !(line.get("set") instanceof Map<?, ?> set)) {
                throw new DurableStateException(file, "line " + (i + 1)
                        + ": expected {\"seq\": n, \"append\": {...}, \"set\": {...}}");
            }
            if (seq <= fromSeq) continue;
            for (Map.Entry<?, ?> e : set.entrySet()) {
                if (!durable.containsKey(e.getKey())) {
                    throw new DurableStateException(file, "line " + (i + 1) + " sets " + e.getKey()
                            + ", which is no variable of the durable state");
                }
                durable.put((String) e.getKey(), e.getValue());
            }
            for (Map.Entry<?, ?> e : appended.entrySet()) {
                if (!(durable.get(e.getKey()) instanceof List<?> old) || !(e.getValue() instanceof List<?> more)) {
                    throw new DurableStateException(file, "line " + (i + 1) + " appends to " + e.getKey()
                            + ", which is no sequence of the durable state");
                }
                List<Object> now = new ArrayList<>(old);
                now.addAll(more);
                durable.put((String) e.getKey(), now);
            }
            last = seq;
        }
        return last;
    }

    /** The line's object, or null when its checksum does not match or it is no JSON object. */
    private static Map<?, ?> parse(String line) {
        int space = line.indexOf(' ');
        if (space < 0) return null;
        byte[] body = line.substring(space + 1).getBytes(StandardCharsets.UTF_8);
        if (!line.substring(0, space).equals(crc(body))) return null;
        try (JsonParser p = JSON.createParser(body)) {
            p.nextToken();
            return ItfJson.read(p) instanceof Map<?, ?> m ? m : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String crc(byte[] body) {
        CRC32 c = new CRC32();
        c.update(body);
        return Long.toHexString(c.getValue());
    }
}
