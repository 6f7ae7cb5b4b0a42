package dev.lockstep.runtime.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.node.Chooser;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.testing.PingPong;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.testing.TwoPhaseCommit.RmPhase;
import dev.lockstep.runtime.testing.TwoPhaseCommit.RmState;
import dev.lockstep.runtime.testing.TwoPhaseCommit.TmPhase;
import dev.lockstep.runtime.testing.TwoPhaseCommit.TmState;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.DataOutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutually authenticated TLS between nodes on 127.0.0.1, and the attacks it must stop. */
class NettyTlsTest {
    private static final TestCertificates.Ca CA = TestCertificates.ca("lockstep-test-ca");
    private static final TestCertificates.Ca OTHER_CA = TestCertificates.ca("someone-else");

    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Logger nettyLog = Logger.getLogger("dev.lockstep.runtime.netty");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) { log.add(new SimpleFormatter().formatMessage(r)); }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() { nettyLog.addHandler(capture); }

    @AfterEach
    void closeAll() throws Exception {
        nettyLog.removeHandler(capture);
        for (AutoCloseable c : open) c.close();
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    private static Object state(NettyNode n) {
        try {
            return n.inspect(NodeCore::state).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ClusterConfig tls(ClusterConfig plain, Map<NodeId, TlsCredentials> credentials) {
        return ClusterConfig.unsecured(plain.nodes()).withTls(ClusterTls.inMemory(List.of(CA.certificate()), credentials));
    }

    private static Map<NodeId, TlsCredentials> issued(ClusterConfig c) {
        Map<NodeId, TlsCredentials> out = new TreeMap<>();
        for (NodeId n : c.nodes().keySet()) out.put(n, CA.issue(n.name()));
        return out;
    }

    /** A frame as a peer writes it: 4-byte length, JSON body. */
    private static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return Unpooled.buffer().writeInt(body.length).writeBytes(body).array();
    }

    /** The forged frames: a hello claiming r1 and a Prepared with a very high message number. */
    private static ByteBuf forgedHelloAndPrepared() {
        ByteBuf b = Unpooled.buffer();
        b.writeBytes(frame("{\"kind\":\"hello\",\"node\":\"r1\",\"incarnation\":7}"));
        b.writeBytes(frame("{\"kind\":\"msg\",\"id\":\"r1#1000000\",\"lamport\":1,\"vclock\":{\"r1\":1},"
                + "\"msg\":{\"type\":\"Prepared\",\"src\":\"r1\",\"dst\":\"tm\",\"rm\":\"r1\"}}"));
        return b;
    }

    /** Connects to {@code port} over TLS with {@code credentials}, writes the forged frames, waits until closed. */
    private static boolean attackOverTls(int port, TlsCredentials credentials, X509Certificate trust) throws Exception {
        NioEventLoopGroup group = new NioEventLoopGroup(1);
        try {
            SslContext ssl = SslContextBuilder.forClient().keyManager(credentials.key(), credentials.chain())
                    .trustManager(trust).endpointIdentificationAlgorithm(null).sslProvider(SslProvider.JDK)
                    .protocols("TLSv1.3").build();
            Channel ch = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel c) {
                            c.pipeline().addLast(ssl.newHandler(c.alloc(), "127.0.0.1", port));
                        }
                    }).connect("127.0.0.1", port).sync().channel();
            ch.writeAndFlush(forgedHelloAndPrepared());
            return ch.closeFuture().await(10, TimeUnit.SECONDS);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    @Test
    void aForgedHelloIsRejectedAndTheProtocolCompletes() throws Exception {
        TwoPhaseCommit tpc = new TwoPhaseCommit(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), false,
                60_000, 60_000);
        ClusterConfig plain = Clusters.loopback(tpc);
        NettyCluster cluster = NettyCluster.startAll(tpc, tls(plain, issued(plain)), TraceSinks.OFF,
                NettyOptions.DEFAULTS, 1);
        open.add(cluster);
        NettyNode tm = cluster.node(TwoPhaseCommit.TM);
        int port = tm.address().getPort();

        // 1. The forged frames in plaintext: no TLS handshake, no identity.
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(forgedHelloAndPrepared().array());
            s.getOutputStream().flush();
            s.setSoTimeout(10_000);
            assertEquals(-1, s.getInputStream().read(), "the node closed the connection");
        }
        await("the plaintext hello rejected", () -> tm.stats().rejected(Rejection.UNAUTHENTICATED) == 1);
        // 2. Over TLS with a certificate of the cluster's CA, but for mallory: it claims r1 in its hello.
        assertTrue(attackOverTls(port, CA.issue("mallory"), CA.certificate()), "the node closed the connection");
        await("the hello of the wrong identity rejected", () -> tm.stats().rejected(Rejection.WRONG_IDENTITY) == 1);
        // 3. Over TLS with a certificate for r1 that another CA signed.
        attackOverTls(port, OTHER_CA.issue("r1"), CA.certificate());
        await("the untrusted certificate rejected", () -> tm.stats().rejected(Rejection.UNAUTHENTICATED) == 2);
        // 4. Garbage bytes.
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(new byte[] {0, 0, 0, 3, 'a', 'b', 'c', 22, 3, 3, 0, 1, 9});
            s.setSoTimeout(10_000);
            assertEquals(-1, s.getInputStream().read(), "the node closed the connection");
        }
        await("the garbage rejected", () -> tm.stats().rejected(Rejection.UNAUTHENTICATED) == 3);

        // The genuine r1 (and the others) then prepare, and none of their messages is taken for a duplicate.
        for (NodeId rm : tpc.rms()) {
            assertEquals(InputResult.FIRED, cluster.node(rm).input("Prepare").get(5, TimeUnit.SECONDS));
        }
        await("every RM committed", () -> tpc.rms().stream()
                .allMatch(rm -> ((RmState) state(cluster.node(rm))).state() == RmPhase.committed));
        TmState tmState = (TmState) state(tm);
        assertEquals(TmPhase.committed, tmState.state());
        assertEquals(0, tm.stats().duplicatesDropped());
        assertEquals(0, tm.stats().rejected(Rejection.UNKNOWN_PEER) + tm.stats().rejected(Rejection.MALFORMED),
                "no forged frame got past the handshake or the identity check");
        for (NettyNode n : cluster.nodes().values()) {
            if (n != tm) assertEquals(0, n.stats().rejected(Rejection.UNAUTHENTICATED), n.self() + ": " + n.stats());
        }
        List<String> lines = List.copyOf(log);
        assertTrue(lines.stream().anyMatch(l -> l.contains("(UNAUTHENTICATED): TLS handshake failed")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(WRONG_IDENTITY): hello from r1, but its certificate is "
                + "for [mallory], not for r1; closing")), lines.toString());
    }

    @Test
    void aNodeConfiguredWithAnotherNodesCertificateDoesNotStart() {
        PingPong pp = new PingPong(1);
        ClusterConfig plain = Clusters.loopback(pp);
        Map<NodeId, TlsCredentials> creds = issued(plain);
        creds.put(PingPong.P, creds.get(PingPong.Q));
        ClusterConfigException e = assertThrows(ClusterConfigException.class, () -> NettyNode.start(pp,
                tls(plain, creds), PingPong.P, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS));
        assertEquals("node p: its certificate is for [q], not for p", e.getMessage());
    }

    @Test
    void aNodeWhoseCertificateNoTrustedCaSignedDoesNotStart() {
        PingPong pp = new PingPong(1);
        ClusterConfig plain = Clusters.loopback(pp);
        Map<NodeId, TlsCredentials> creds = issued(plain);
        creds.put(PingPong.P, OTHER_CA.issue("p"));
        ClusterConfigException e = assertThrows(ClusterConfigException.class, () -> NettyNode.start(pp,
                tls(plain, creds), PingPong.P, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS));
        assertEquals("node p: its certificate (issued by CN=someone-else) is not signed by a CA the cluster trusts, so "
                + "its peers would reject it", e.getMessage());
    }

    @Test
    void aNodeWhoseCertificateExpiredDoesNotStart() {
        PingPong pp = new PingPong(1);
        ClusterConfig plain = Clusters.loopback(pp);
        Map<NodeId, TlsCredentials> creds = issued(plain);
        java.time.Instant now = java.time.Instant.now();
        creds.put(PingPong.P, CA.issue("p", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))));
        ClusterConfigException e = assertThrows(ClusterConfigException.class, () -> NettyNode.start(pp,
                tls(plain, creds), PingPong.P, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS));
        assertTrue(e.getMessage().startsWith("node p: its certificate is valid from "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", not now"), e.getMessage());
    }

    /** A TLS server with a valid certificate of the cluster's CA, for mallory, where p expects q. */
    @Test
    void aPeerThatProvesAnotherIdentityGetsNoMessage() throws Exception {
        PingPong pp = new PingPong(3);
        ClusterConfig plain = Clusters.loopback(pp);
        TlsCredentials mallory = CA.issue("mallory");
        SslContext server = SslContextBuilder.forServer(mallory.key(), mallory.chain()).trustManager(CA.certificate())
                .clientAuth(ClientAuth.REQUIRE).sslProvider(SslProvider.JDK).protocols("TLSv1.3").build();
        AtomicLong bytesFromP = new AtomicLong();
        NioEventLoopGroup group = new NioEventLoopGroup(1);
        open.add(() -> group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync());
        InetSocketAddress q = plain.member(PingPong.Q).address();
        new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel c) {
                        c.pipeline().addLast(server.newHandler(c.alloc()), new ChannelInboundHandlerAdapter() {
                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                bytesFromP.addAndGet(((ByteBuf) msg).readableBytes());
                                ((ByteBuf) msg).release();
                            }
                        });
                    }
                }).bind(q).sync();
        NettyNode p = NettyNode.start(pp, tls(plain, issued(plain)), PingPong.P, TraceSink.OFF, Chooser.FIRST,
                NettyOptions.DEFAULTS);
        open.add(p);
        await("two rejected connections", () -> p.stats().rejected(Rejection.WRONG_IDENTITY) >= 2);
        assertEquals(0, p.stats().connects(), "the impostor never counted as connected");
        assertEquals(0, bytesFromP.get(), "not even a hello reached the impostor");
        assertTrue(log.stream().anyMatch(l -> l.contains("rejected the connection to q (WRONG_IDENTITY): the node at "
                + q + " is no q: its certificate is for [mallory], not for q")), log.toString());
    }

    @Test
    void aClusterThatChoosesNoTransportDoesNotStart() {
        PingPong pp = new PingPong(1);
        ClusterConfig unchosen = ClusterConfig.unsecured(Clusters.loopback(pp).nodes());
        ClusterConfigException e = assertThrows(ClusterConfigException.class,
                () -> NettyCluster.startAll(pp, unchosen, TraceSinks.OFF, NettyOptions.DEFAULTS, 1));
        assertTrue(e.getMessage().startsWith("the cluster file has no \"tls\" section"), e.getMessage());
        assertTrue(e.getMessage().contains("lockstep certs --out DIR --nodes p,q"), e.getMessage());
    }

    @Test
    void aClusterFileWithPemFilesRunsOverTls(@TempDir Path dir) throws Exception {
        PingPong pp = new PingPong(20);
        ClusterConfig plain = Clusters.loopback(pp);
        TestCertificates.writePem(dir.resolve("ca.pem"), CA.certificate());
        StringBuilder nodes = new StringBuilder();
        for (NodeId n : plain.nodes().keySet()) {
            TlsCredentials c = CA.issue(n.name());
            TestCertificates.writePem(dir.resolve(n + ".pem"), c.chain().get(0));
            TestCertificates.writePem(dir.resolve(n + ".key"), c.key());
            ClusterConfig.Member m = plain.member(n);
            if (!nodes.isEmpty()) nodes.append(",");
            nodes.append("\"").append(n).append("\": {\"address\": \"127.0.0.1:").append(m.port()).append("\", \"role\": \"")
                    .append(m.role()).append("\", \"cert\": \"").append(n).append(".pem\", \"key\": \"").append(n)
                    .append(".key\"}");
        }
        Path file = dir.resolve("cluster.json");
        Files.writeString(file, "{\"tls\": {\"ca\": \"ca.pem\"}, \"nodes\": {" + nodes + "}}");
        NettyCluster cluster = NettyCluster.startAll(pp, ClusterConfig.read(file), TraceSinks.OFF,
                NettyOptions.DEFAULTS, 1);
        open.add(cluster);
        await("20 rounds", () -> state(cluster.node(PingPong.P)).equals(new PingPong.PingerState(20, 20)));
        assertTrue(cluster.nodes().values().stream().allMatch(n -> n.stats().rejections().values().stream()
                .allMatch(c -> c == 0)), "no rejection between genuine nodes");
    }
}
