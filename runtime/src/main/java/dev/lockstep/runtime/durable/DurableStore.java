package dev.lockstep.runtime.durable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.MalformedValueException;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.trace.ItfJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One node's durable variables on disk (docs/runtime.md, "Durable state"): the file {@code DIR/NODE.durable.json},
 * {@code {"node": ..., "role": ..., "durable": {variable: ITF value, ...}}}. {@link #write} is write-ahead: the
 * runtime calls it after a step and before the step's sends leave, and it returns only once the new file is on disk
 * (written to a temporary file, fsynced, renamed over the old one atomically, the directory fsynced), so a crash at
 * any moment leaves the old or the new durable state, never a mix, and never a sent message whose durable cause is
 * lost. A step that changes no durable variable writes nothing. After a process's first write (the whole file), a
 * write is a line of the append-only {@link DurableJournal} instead (what sequences gained, the new values of other
 * variables; one fdatasync); the file carries the number of its write ({@code "seq"}), and recovery replays the
 * journal's newer lines on top of it.
 *
 * <p>The durable variables are {@link RoleMachine#durableVariables()}: a crashing role's {@code durable var}s, and
 * every variable of a role that does not crash (the spec says such a node never loses its state).
 */
public final class DurableStore {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Path temporary;
    private final String node;
    private final String role;
    private final List<String> names;
    private final DurableJournal journal;
    private Map<String, Object> written;
    /** The number of the last write (whole file or journal line), which orders the journal's lines after a file. */
    private long seq;

    private DurableStore(Path file, String node, String role, List<String> names) {
        this.file = file;
        this.temporary = file.resolveSibling(file.getFileName() + ".tmp");
        this.journal = new DurableJournal(file.resolveSibling(node + ".durable.journal"));
        this.node = node;
        this.role = role;
        this.names = names;
    }

    /** The store of node {@code self} in directory {@code dir}, created if missing. */
    public static DurableStore open(Path dir, NodeId self, RoleMachine<?> machine) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DurableStateException(dir, "cannot create the data directory (" + describe(e) + ")", e);
        }
        if (!Files.isDirectory(dir)) throw new DurableStateException(dir, "the data directory is not a directory");
        return new DurableStore(dir.resolve(self.name() + ".durable.json"), self.name(), machine.role(),
                machine.durableVariables());
    }

    public Path file() { return file; }

    /**
     * The local state to recover from, or null when the node has no durable state yet (a first start): the
     * machine's first initial state with the durable variables read from the file. The machine's restart then
     * gives the state to run in.
     *
     * @throws DurableStateException naming the file when it is unreadable, not this node's, or malformed
     */
    public <S extends ItfEncodable> S recover(RoleMachine<S> machine) {
        byte[] bytes = readIfPresent(file, "the durable state");
        if (bytes == null) return null;
        Object tree;
        try (JsonParser p = JSON.createParser(bytes)) {
            p.nextToken();
            tree = ItfJson.read(p);
            if (p.nextToken() != null) throw new DurableStateException(file, "text after the JSON object");
        } catch (JsonProcessingException e) {
            throw new DurableStateException(file, "not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new DurableStateException(file, "cannot read the durable state (" + describe(e) + ")", e);
        }
        if (!(tree instanceof Map<?, ?> top) || !(top.get("durable") instanceof Map<?, ?> durable)) {
            throw new DurableStateException(file, "expected an object {\"node\": ..., \"role\": ..., \"durable\": {...}}");
        }
        if (!node.equals(top.get("node")) || !role.equals(top.get("role"))) {
            throw new DurableStateException(file, "holds the state of node " + top.get("node") + " (role " + top.get("role")
                    + "), not of node " + node + " (role " + role + ")");
        }
        long fileSeq = top.get("seq") instanceof Long n ? n : 0;
        Map<String, Object> current = new LinkedHashMap<>();
        durable.forEach((k, v) -> current.put((String) k, v));
        seq = DurableJournal.replay(journal.file(), fileSeq, current);
        if (!current.keySet().equals(Set.copyOf(names))) {
            throw new DurableStateException(file, "has the variables " + durable.keySet() + ", but the durable variables"
                    + " of role " + role + " are " + names);
        }
        S initial = machine.initialStates().get(0);
        Map<String, Object> itf = new LinkedHashMap<>(asRecord(initial.toItf()));
        for (String name : names) itf.put(name, current.get(name));
        S recovered;
        try {
            recovered = fromItf(initial, itf);
        } catch (MalformedValueException e) {
            throw new DurableStateException(file, "a durable variable has a value of the wrong kind (" + e.getMessage()
                    + ")", e);
        }
        written = durablePart(recovered);
        return recovered;
    }

    /**
     * Writes the durable variables of {@code state} if they changed since the last write, and returns when they are
     * on disk.
     *
     * @throws DurableStateException when the file cannot be written: the node must then stop, since the step's
     *                               sends would outrun its durable state
     */
    public void write(ItfEncodable state) {
        Map<String, Object> durable = durablePart(state);
        if (durable.equals(written)) return;
        boolean line = journal.open() && written != null;
        try {
            if (line) {
                journal.append(seq + 1, DurableJournal.change(written, durable)); // one line, one fdatasync
            } else {
                writeWhole(durable, seq + 1);
                journal.restart();
            }
        } catch (IOException e) {
            throw new DurableStateException(line ? journal.file() : file,
                    "cannot write the durable state (" + describe(e) + ")", e);
        }
        seq++;
        written = durable;
    }

    /** The whole durable state, to a temporary file, fsynced, renamed over the file, the directory fsynced. */
    private void writeWhole(Map<String, Object> durable, long number) throws IOException {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("node", node);
        top.put("role", role);
        top.put("seq", number);
        top.put("durable", durable);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            ItfJson.write(g, top);
        }
        out.write('\n');
        try (FileChannel ch = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(out.toByteArray());
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(file.getParent());
    }

    /** Closes the journal (the node stopped); a store is not written after this. */
    public void close() { journal.close(); }

    private Map<String, Object> durablePart(ItfEncodable state) {
        Map<String, ?> all = asRecord(state.toItf());
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : names) out.put(name, all.get(name));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asRecord(Object itf) {
        return (Map<String, Object>) itf;
    }

    /** The generated state record's {@code static fromItf(Object)}, the decoder of its ITF encoding. */
    @SuppressWarnings("unchecked")
    private static <S> S fromItf(S sample, Object itf) {
        try {
            Method m = sample.getClass().getMethod("fromItf", Object.class);
            return (S) m.invoke(null, itf);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MalformedValueException mv) throw mv;
            if (e.getCause() instanceof RuntimeException r) throw new MalformedValueException(String.valueOf(r.getMessage()));
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("state class " + sample.getClass().getName() + " has no static fromItf(Object);"
                    + " regenerate the protocol's Java", e);
        }
    }

    /** Makes the rename durable too (POSIX); a file system that cannot open a directory for sync is skipped. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not supported on this platform (Windows): the rename is still atomic.
        }
    }

    /**
     * The bytes of {@code file} ({@code what} it holds, for the message), or null when it does not exist yet.
     *
     * @throws DurableStateException naming the file and the problem when it exists but cannot be read
     */
    static byte[] readIfPresent(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new DurableStateException(file, "cannot read " + what + " (" + describe(e) + ")", e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
