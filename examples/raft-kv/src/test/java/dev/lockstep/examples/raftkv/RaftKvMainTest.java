package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: serve, put, get and cas; the values survive a restart from --data-dir; bad usage is exit 2. */
class RaftKvMainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        return RaftKvMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8).trim(); }

    /**
     * Runs a client command until its answer settles it: on a loaded machine an election can leave a command
     * UNKNOWN (or not proposed), and these commands mean the same when repeated.
     */
    private String settled(String... args) throws Exception {
        for (int i = 0; i < 10; i++) {
            run(args);
            if (!out().startsWith("UNKNOWN") && !out().startsWith("RETRY")) return out();
        }
        return out();
    }

    @Test
    void servesAndKeepsItsValuesAcrossARestartFromTheDataDirectory() throws Exception {
        String base = Integer.toString(freeBasePort());
        String data = dir.resolve("data").toString();
        CountDownLatch stop = serveInBackground(base, data);
        assertEquals("OK", settled("put", "1", "7", "--base-port", base));
        assertEquals(0, run("get", "1", "--base-port", base), this::out);
        assertEquals("VALUE 7", out());
        assertEquals("OK", settled("put", "1", "9", "--base-port", base));
        assertEquals("FAILED", settled("cas", "1", "7", "3", "--base-port", base));
        assertEquals(1, run("cas", "1", "7", "3", "--base-port", base), "a cas that does not apply exits 1");
        stop.countDown();
        Thread.sleep(500);
        CountDownLatch again = serveInBackground(base, data);
        assertEquals("VALUE 9", settled("get", "1", "--base-port", base));
        again.countDown();
    }

    @Test
    void badUsageIsOneLineAndExitTwo() throws Exception {
        assertEquals(2, run("get", "9"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("raft-kv: key 9 is not in 0..7"), err::toString);
        assertEquals(2, run("serve", "--nodes", "3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--data-dir"));
        assertEquals(2, run("serve", "--nodes", "4", "--data-dir", "x"));
        assertEquals(2, run("frobnicate"));
    }

    private static CountDownLatch serveInBackground(String base, String data) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                RaftKvMain.run(new String[] {"serve", "--nodes", "3", "--data-dir", data, "--base-port", base},
                        new PrintStream(new ByteArrayOutputStream()), System.err, stop);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        Thread.sleep(1_000);
        return stop;
    }

    /** A base port whose peer and client ports (base+1..3, base+101..103) are free now. */
    private static int freeBasePort() throws IOException {
        for (int base = 20_000 + (int) (ProcessHandle.current().pid() % 1000) * 20; ; base += 7) {
            if (free(base + 1) && free(base + 2) && free(base + 3) && free(base + 101) && free(base + 102)
                    && free(base + 103)) return base;
        }
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
