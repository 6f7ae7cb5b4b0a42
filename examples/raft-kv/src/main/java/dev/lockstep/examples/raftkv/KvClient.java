package dev.lockstep.examples.raftkv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A blocking client: sends a command to the server it believes leads, follows {@code REDIRECT}s, tries the next
 * server on {@code RETRY} or a refused connection, until an answer that settles the command or the deadline. A
 * connection that breaks after the request left is {@code UNKNOWN} (the command may have been committed), and so is
 * the deadline once a request was sent: a client must not send it again, or it could take effect twice.
 */
public final class KvClient implements AutoCloseable {
    private final List<InetSocketAddress> servers;
    private final long deadlineMillis;
    private int current;
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    public KvClient(List<InetSocketAddress> servers, long deadlineMillis) {
        this.servers = List.copyOf(servers);
        this.deadlineMillis = deadlineMillis;
    }

    /** The answer: VALUE, OK or FAILED (settled), RETRY (certainly not applied), UNKNOWN, or ERROR. */
    public Reply execute(KvCommand command) throws InterruptedException {
        long end = System.currentTimeMillis() + deadlineMillis;
        InetSocketAddress redirectTo = null;
        boolean reached = false;
        while (System.currentTimeMillis() < end) {
            try {
                connect(redirectTo);
                redirectTo = null;
                reached = true;
            } catch (IOException e) {
                // Unreachable (a redirect to a leader that has since stopped, too): the next server, not this one again.
                closeSocket();
                redirectTo = null;
                current = (current + 1) % servers.size();
                Thread.sleep(20);
                continue;
            }
            Reply r;
            try {
                socket.setSoTimeout((int) Math.max(1, end - System.currentTimeMillis()));
                out.write((command + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                String line = in.readLine();
                if (line == null) throw new IOException("connection closed");
                r = Reply.parse(line);
            } catch (IOException e) {
                closeSocket();
                return Reply.unknown("connection lost after the request was sent: " + e.getMessage());
            }
            switch (r.kind()) {
                case REDIRECT -> {
                    String[] hp = r.detail().split(" ")[1].split(":");
                    redirectTo = new InetSocketAddress(hp[0], Integer.parseInt(hp[1]));
                    closeSocket();
                }
                case RETRY -> {
                    closeSocket();
                    current = (current + 1) % servers.size();
                    Thread.sleep(20);
                }
                default -> { return r; }
            }
        }
        // Every answer so far was a REDIRECT or RETRY: the command was not proposed (a lost answer returned UNKNOWN).
        return Reply.retry(reached ? "deadline, not proposed" : "no server reachable at " + servers);
    }

    private void connect(InetSocketAddress to) throws IOException {
        if (to != null) {
            closeSocket();
            int i = servers.indexOf(to);
            if (i >= 0) current = i;
        }
        if (socket != null) return;
        InetSocketAddress a = to != null ? to : servers.get(current);
        Socket s = new Socket();
        s.connect(a, 500);
        socket = s;
        in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        out = s.getOutputStream();
    }

    private void closeSocket() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
        socket = null;
    }

    @Override
    public void close() { closeSocket(); }
}
