package dev.lockstep.runtime.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal: a process writes the whole file once, then lines; recovery replays the lines newer than the file. */
class DurableJournalTest {
    private static final NodeId N = NodeId.of("n1");

    /** A state with a growing sequence and a scalar, both durable (the role does not crash). */
    public record Logged(List<Long> log, long term) implements ItfEncodable {
        public Object toItf() { return Itf.record("log", log, "term", term); }

        public static Logged fromItf(Object itf) {
            var r = Itf.asRecord(itf);
            List<Long> log = new ArrayList<>();
            for (Object o : Itf.asList(r.get("log"))) log.add(Itf.asLong(o));
            return new Logged(List.copyOf(log), Itf.asLong(r.get("term")));
        }
    }

    private static final RoleMachine<Logged> MACHINE = new RoleMachine<>() {
        public String role() { return "Logger"; }

        public NodeId self() { return N; }

        public List<Logged> initialStates() { return List.of(new Logged(List.of(), 0)); }

        public List<Command> start(Logged initial) { return List.of(); }

        public List<ActionSpec<Logged>> actions() { return List.of(); }
    };

    @TempDir
    Path dir;

    /** An element that counts its encodings: the journal must not encode a log's old entries again. */
    record Entry(long v) implements ItfEncodable {
        static int encoded;

        public Object toItf() {
            encoded++;
            return Itf.record("v", v);
        }
    }

    @Test
    void aSharedLogsChangeIsFoundWithoutEncodingItsOldEntries() {
        List<Entry> log = List.of();
        for (int i = 0; i < 1_000; i++) log = SpecValues.append(log, new Entry(i));
        List<Entry> longer = SpecValues.append(log, new Entry(1_000));
        Map<String, Object> written = new LinkedHashMap<>(Map.of("log", Itf.encode(log)));
        Map<String, Object> next = new LinkedHashMap<>(Map.of("log", Itf.encode(longer)));
        Entry.encoded = 0;
        Map<String, Object> change = DurableJournal.change(written, next);
        assertEquals(Map.of("log", List.of(Itf.record("v", 1_000L))), change.get("append"), change.toString());
        assertEquals(Map.of(), change.get("set"));
        assertEquals(1, Entry.encoded, "only the appended entry is encoded");
        assertEquals(written, new LinkedHashMap<>(Map.of("log", Itf.encode(SpecValues.subSeq(longer, 1, 1_000, "t")))));
    }

    @Test
    void appendsGoToTheJournalAndARestartReplaysThem() throws Exception {
        DurableStore store = DurableStore.open(dir, N, MACHINE);
        store.write(new Logged(List.of(1L), 1));        // the first write of a process: the whole file
        store.write(new Logged(List.of(1L, 2L), 1));    // appends only: journal lines
        store.write(new Logged(List.of(1L, 2L, 3L, 4L), 1));
        String whole = Files.readString(store.file());
        assertTrue(whole.contains("\"log\":[{\"#bigint\":\"1\"}]"), whole);
        Path journal = dir.resolve("n1.durable.journal");
        assertEquals(2, Files.readAllLines(journal).size());
        assertEquals(new Logged(List.of(1L, 2L, 3L, 4L), 1), DurableStore.open(dir, N, MACHINE).recover(MACHINE));

        store.write(new Logged(List.of(1L, 2L, 3L, 4L), 2)); // a scalar changed: a line that sets it
        store.write(new Logged(List.of(1L, 2L, 3L), 2));     // a truncation is no append: a line that sets the log
        store.write(new Logged(List.of(1L, 2L, 3L, 9L), 2));
        store.close();
        List<String> lines = Files.readAllLines(journal);
        assertEquals(5, lines.size());
        assertTrue(lines.get(2).contains("\"set\":{\"term\":{\"#bigint\":\"2\"}}"), lines.get(2));
        assertEquals(whole, Files.readString(store.file()), "the file is written once per process");
        DurableStore again = DurableStore.open(dir, N, MACHINE);
        assertEquals(new Logged(List.of(1L, 2L, 3L, 9L), 2), again.recover(MACHINE));
        again.write(new Logged(List.of(1L, 2L, 3L, 9L, 10L), 2)); // a new process's first write: the whole file
        assertEquals(0, Files.size(journal), "and the journal starts empty");
        again.close();
    }

    /** A process that wrote [1] (the whole file), then [1, 2] (a journal line), and stopped: the journal's path. */
    private Path wholeFileThenOneLine() {
        DurableStore store = DurableStore.open(dir, N, MACHINE);
        store.write(new Logged(List.of(1L), 1));
        store.write(new Logged(List.of(1L, 2L), 1));
        store.close();
        return dir.resolve("n1.durable.journal");
    }

    @Test
    void aTornLastLineIsIgnoredAndCorruptionBeforeItIsAnError() throws Exception {
        Path journal = wholeFileThenOneLine();
        String good = Files.readString(journal);
        Files.writeString(journal, "1234 {\"seq\": 3, \"app", StandardOpenOption.APPEND); // cut off by a crash
        assertEquals(new Logged(List.of(1L, 2L), 1), DurableStore.open(dir, N, MACHINE).recover(MACHINE));

        Files.writeString(journal, "0 {}\n" + good);
        DurableStateException e = assertThrows(DurableStateException.class,
                () -> DurableStore.open(dir, N, MACHINE).recover(MACHINE));
        assertTrue(e.getMessage().contains("n1.durable.journal") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void linesFromBeforeTheLastWholeWriteAreNotReplayed() throws Exception {
        Path journal = wholeFileThenOneLine();
        String stale = Files.readString(journal);
        DurableStore next = DurableStore.open(dir, N, MACHINE);
        next.recover(MACHINE);
        next.write(new Logged(List.of(1L, 2L, 5L), 1)); // a new process: the whole file first
        next.close();
        // A crash between the whole write and the journal's truncation leaves the old line: it must not apply again.
        Files.writeString(journal, stale);
        assertEquals(new Logged(List.of(1L, 2L, 5L), 1), DurableStore.open(dir, N, MACHINE).recover(MACHINE));
    }
}
