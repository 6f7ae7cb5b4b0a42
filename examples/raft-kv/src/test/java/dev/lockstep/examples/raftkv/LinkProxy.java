package dev.lockstep.examples.raftkv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One direction of a link between two servers, as a TCP proxy on 127.0.0.1: the sending server's cluster file
 * names the proxy as the receiver's address. {@link #cut()} closes its connections and refuses new ones, as a
 * network partition would (the runtime's retransmission resends what was not acknowledged once the link heals);
 * no root, no firewall.
 */
final class LinkProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;
    private volatile boolean closed;

    LinkProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "proxy-" + listener.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    InetSocketAddress address() { return new InetSocketAddress("127.0.0.1", listener.getLocalPort()); }

    void cut() {
        cut = true;
        closeOpen();
    }

    void heal() { cut = false; }

    boolean isCut() { return cut; }

    private void accept() {
        while (!closed) {
            try {
                Socket in = listener.accept();
                if (cut) {
                    in.close();
                    continue;
                }
                Socket out = new Socket();
                try {
                    out.connect(target, 1000);
                } catch (IOException e) {
                    in.close();
                    out.close();
                    continue;
                }
                open.add(in);
                open.add(out);
                pump(in, out);
                pump(out, in);
            } catch (IOException e) {
                if (closed) return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[1 << 16];
            try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
                for (int n = i.read(buf); n >= 0; n = i.read(buf)) {
                    o.write(buf, 0, n);
                    o.flush();
                }
            } catch (IOException ignored) {
                // the other side closed, or the link was cut
            } finally {
                quietly(from);
                quietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "pump");
        t.setDaemon(true);
        t.start();
    }

    private void closeOpen() {
        for (Socket s : open) quietly(s);
        open.clear();
    }

    private static void quietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        closeOpen();
    }
}
