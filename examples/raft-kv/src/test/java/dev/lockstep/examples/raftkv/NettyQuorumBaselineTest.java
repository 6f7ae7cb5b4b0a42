package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The benchmark's baseline answers the store's protocol: a put is acknowledged, a later get reads it, a malformed
 * line gets an ERROR naming it.
 */
class NettyQuorumBaselineTest {
    @Test
    @Timeout(10)
    void answersThroughAQuorumAndRejectsMalformedLines() throws Exception {
        try (NettyQuorumBaseline baseline = NettyQuorumBaseline.start();
             KvClient client = new KvClient(List.of(baseline.clientAddress()), 2_000)) {
            assertEquals(Reply.Kind.OK, client.execute(KvCommand.put(3, 7)).kind());
            Reply read = client.execute(KvCommand.get(3));
            assertEquals(Reply.Kind.VALUE, read.kind());
            assertEquals(7, read.intValue());
            assertEquals(Reply.Kind.FAILED, client.execute(KvCommand.cas(3, 6, 1)).kind());
            try (Socket s = new Socket(baseline.clientAddress().getAddress(), baseline.clientAddress().getPort())) {
                s.getOutputStream().write("put 3\n".getBytes(StandardCharsets.UTF_8));
                String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                assertEquals("ERROR expected get K | put K V | cas K EXPECTED V, got: put 3", line);
            }
        }
    }
}
