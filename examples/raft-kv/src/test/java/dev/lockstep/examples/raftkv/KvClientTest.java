package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The client's failover: a redirect to a server that is gone is followed by the next server, not retried for ever. */
class KvClientTest {
    @Test
    void aRedirectToAStoppedServerMovesOnToTheNextServer() throws Exception {
        InetSocketAddress stopped;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            stopped = (InetSocketAddress) s.getLocalSocketAddress(); // closed below: connections are refused
        }
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket follower = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serve(follower, stopped, requests), "fake-follower");
            t.setDaemon(true);
            t.start();
            List<InetSocketAddress> servers = List.of(stopped, (InetSocketAddress) follower.getLocalSocketAddress());
            try (KvClient c = new KvClient(servers, 3_000)) {
                // The follower first redirects to the stopped server (its stale leader hint), then has become leader.
                assertEquals(Reply.Kind.OK, c.execute(KvCommand.put(0, 1)).kind());
            }
        }
        assertEquals(2, requests.get());
    }

    private static void serve(ServerSocket server, InetSocketAddress stale, AtomicInteger requests) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String answer = requests.incrementAndGet() == 1
                            ? "REDIRECT s1 " + stale.getHostString() + ":" + stale.getPort() : "OK";
                    out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (java.io.IOException e) {
                return;
            }
        }
    }
}
