package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark's baseline answers the store's protocol: a put is acknowledged, and a later get reads it. */
class NettyQuorumBaselineTest {
    @Test
    @Timeout(10)
    void answersPutThenGetThroughAQuorum() throws Exception {
        try (NettyQuorumBaseline baseline = NettyQuorumBaseline.start();
             KvClient client = new KvClient(List.of(baseline.clientAddress()), 2_000)) {
            assertEquals(Reply.Kind.OK, client.execute(KvCommand.put(3, 7)).kind());
            Reply read = client.execute(KvCommand.get(3));
            assertEquals(Reply.Kind.VALUE, read.kind());
            assertEquals(7, read.intValue());
            assertEquals(Reply.Kind.FAILED, client.execute(KvCommand.cas(3, 6, 1)).kind());
        }
    }
}
