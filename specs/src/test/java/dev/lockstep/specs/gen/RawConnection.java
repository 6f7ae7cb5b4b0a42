package dev.lockstep.specs.gen;

import dev.lockstep.runtime.netty.NettyNode;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A TCP connection of a test's own to a Netty node, for feeding it hand-written frames (garbage, forged messages):
 * each frame is a 4-byte length and the UTF-8 JSON, as the transport reads them.
 */
public final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final DataOutputStream out;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    public static RawConnection open(NettyNode node) throws IOException {
        return new RawConnection(new Socket("127.0.0.1", node.address().getPort()));
    }

    /** Sends one frame holding {@code json} (which need not be JSON at all). */
    public void frame(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.writeInt(body.length);
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException { socket.close(); }
}
