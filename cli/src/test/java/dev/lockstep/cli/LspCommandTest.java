package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code lockstep lsp} in its own JVM, as an editor starts it: JSON-RPC on stdin/stdout, nothing else on stdout. */
class LspCommandTest {
    private static void send(OutputStream out, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    @Test
    void answersInitializeAndExitsCleanlyOnShutdownAndExit() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "lsp")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server did not exit");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stdout);
        assertTrue(stdout.startsWith("Content-Length: "), "only protocol messages on stdout: " + stdout);
        assertTrue(stdout.contains("\"hoverProvider\":true"), stdout);
        assertTrue(stdout.contains("\"name\":\"lockstep\""), stdout);
    }
}
