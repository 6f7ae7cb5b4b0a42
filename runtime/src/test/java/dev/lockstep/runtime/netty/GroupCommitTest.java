package dev.lockstep.runtime.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.durable.DurableStore;
import dev.lockstep.runtime.testing.PingPong;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit: several steps' states go to disk in one write, and their sends leave only after it, in order. */
class GroupCommitTest {
    @TempDir
    Path dir;

    @Test
    void stepsQueuedTogetherAreWrittenOnceAndTheirSendsWaitForTheWrite() throws Exception {
        RoleMachine<?> pinger = new PingPong(5).roles().get(0).machine(PingPong.P);
        DurableStore store = DurableStore.open(dir, PingPong.P, pinger);
        ArrayDeque<Runnable> loop = new ArrayDeque<>();
        List<String> sent = new ArrayList<>();
        List<String> onDiskAtSend = new ArrayList<>();
        GroupCommit commits = new GroupCommit(store, loop::add, e -> {
            sent.add(e.id());
            onDiskAtSend.add(read(store.file()));
        });

        commits.persist(new PingPong.PingerState(1, 0));
        commits.send(envelope(1));
        commits.persist(new PingPong.PingerState(2, 1));
        commits.send(envelope(2));
        assertEquals(List.of(), sent, "no send leaves before its step's durable state is on disk");
        assertFalse(Files.exists(store.file()));
        assertEquals(1, loop.size(), "one write queued for both steps");

        loop.poll().run();
        assertEquals(List.of("p#1", "p#2"), sent);
        assertTrue(onDiskAtSend.stream().allMatch(f -> f.contains("\"sent\":{\"#bigint\":\"2\"}")), onDiskAtSend.toString());
        assertEquals(1, commits.writes());
        assertEquals(2, commits.steps());

        commits.send(envelope(3)); // no state waiting: a send goes at once
        assertEquals(List.of("p#1", "p#2", "p#3"), sent);
    }

    private static Envelope envelope(long n) {
        return new Envelope("p#" + n, new PingPong.Ping(PingPong.P, PingPong.Q, n), 0, Map.of());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
