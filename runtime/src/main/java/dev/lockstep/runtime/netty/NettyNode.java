package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.durable.DurableStateException;
import dev.lockstep.runtime.durable.DurableStore;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.ActionFailedException;
import dev.lockstep.runtime.node.Chooser;
import dev.lockstep.runtime.node.ColocatedMachine;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.node.LinkFaults;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.node.NodeHost;
import dev.lockstep.runtime.trace.AsyncTraceSink;
import dev.lockstep.runtime.trace.TraceSink;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One node of a protocol over TCP. Everything of the node runs on one Netty event loop thread: the listening
 * socket, its inbound connections, its outbound {@link PeerLink}s, its timers and its {@link NodeCore}, so the
 * machine is driven by a single thread without locks or hand-offs. The application talks to it through
 * {@link #input} and {@link #inspect}, which run on that thread and complete a future.
 */
public final class NettyNode implements AutoCloseable {
    static final System.Logger LOG = System.getLogger("dev.lockstep.runtime.netty");

    private final NodeId self;
    private final TraceSink sink;
    private final NioEventLoopGroup group;
    private final EventLoop loop;
    private final ChannelGroup channels;
    private final ChannelGroup accepted;
    private final PeerSessions sessions = new PeerSessions();
    private final TransportStats stats = new TransportStats();
    private final Map<NodeId, PeerLink> links = new TreeMap<>();
    private final NodeCore<?> core;
    /** The per-message faults between the transport and the core (off unless asked for). */
    private final FaultGate faults;
    /** The node's durable state on disk (--data-dir), or null; and the state to recover from, or null. */
    private final DurableStore durable;
    private final Recovery<?> recovery;
    /** The batched writes of {@code durable} and the sends they hold back, or null without a data directory. */
    private final GroupCommit commits;
    private Channel server;
    private Thread thread;
    private volatile boolean closed;

    private NettyNode(ProtocolDescriptor protocol, ClusterConfig cluster, NodeId self, TraceSink sink,
                      Chooser chooser, NettyOptions options, NodeTls tls, Path dataDir) {
        this.self = self;
        // Encoding and writing the trace happen on a writer thread, off the node's critical path.
        this.sink = sink.enabled() ? new AsyncTraceSink(sink, self.name(), 1 << 16) : sink;
        if (!protocol.nodes().contains(self)) {
            throw new ClusterConfigException("node " + self + " is not a node of model " + protocol.model());
        }
        // The data directory is read before any thread starts, so a bad file leaves nothing running.
        var machine = ColocatedMachine.forNode(protocol, self);
        this.durable = dataDir == null ? null : DurableStore.open(dataDir, self, machine);
        this.recovery = durable == null ? null : Recovery.of(machine, durable);
        this.group = new NioEventLoopGroup(1, new DefaultThreadFactory("lockstep-" + self.name(), true));
        this.loop = group.next();
        this.commits = durable == null ? null : new GroupCommit(durable, loop, this::sendNow);
        if (commits != null) commits.onFailure(() -> closed = true);
        this.channels = new DefaultChannelGroup(loop);
        this.accepted = new DefaultChannelGroup(loop);
        this.core = NodeCore.of(machine, protocol.network(), ColocatedMachine.recorder(machine, this.sink), chooser,
                options.timerSeed(), options.node(), new Host());
        this.faults = new FaultGate(self, loop, stats, protocol.network(),
                LinkFaults.undroppableTypes(machine, protocol.network()), options.linkFaults(), this::deliver);
        Set<NodeId> peers = cluster.nodes().keySet();
        Set<String> receivable = core.receivableTypes();
        Bootstrap client = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true);
        long incarnation = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        for (Map.Entry<NodeId, ClusterConfig.Member> m : cluster.nodes().entrySet()) {
            if (!m.getKey().equals(self)) {
                links.put(m.getKey(), new PeerLink(self, m.getKey(), incarnation, m.getValue().address(), client, loop,
                        options, stats, tls, channels::add));
            }
        }
        ServerBootstrap serverBootstrap = new ServerBootstrap().group(group, group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        accepted.add(ch);
                        if (tls != null) ch.pipeline().addLast(tls.serverHandler(ch.alloc()));
                        ch.pipeline().addLast(new FrameEncoder(options.maxFrameBytes()),
                                new FrameDecoder(options.maxFrameBytes(), stats, self.name()),
                                new InboundHandler(self, protocol, peers, receivable, stats, faults::arrive,
                                        sessions, options.ackDelayMillis(), tls != null));
                    }
                });
        InetSocketAddress address = cluster.member(self).address();
        try {
            server = serverBootstrap.bind(address).syncUninterruptibly().channel();
        } catch (Exception e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            this.sink.close(); // stops the trace writer thread
            String why = address.isUnresolved() ? "unknown host " + address.getHostString() : e.getMessage();
            throw new ClusterConfigException("node " + self + " cannot listen on " + address + ": " + why);
        }
        channels.add(server);
    }

    /**
     * Starts a node: listens on its cluster address, connects to its peers (retrying until they are up), picks its
     * initial state, records it and runs its enabled {@code auto} actions.
     */
    public static NettyNode start(ProtocolDescriptor protocol, ClusterConfig cluster, NodeId self, TraceSink sink,
                                  Chooser chooser, NettyOptions options) {
        return start(protocol, cluster, self, sink, chooser, options, null);
    }

    /**
     * Starts a node that keeps its durable variables in {@code dataDir} (null: nowhere), write-ahead (docs/runtime.md,
     * "Durable state"). A node whose file is there recovers from it: the spec's crash and {@code on restart} applied
     * to the persisted state, as a restart after a crash.
     *
     * @throws DurableStateException naming the file when the data directory or the node's file cannot be used
     */
    public static NettyNode start(ProtocolDescriptor protocol, ClusterConfig cluster, NodeId self, TraceSink sink,
                                  Chooser chooser, NettyOptions options, Path dataDir) {
        cluster.validate(protocol);
        cluster.checkTransport();
        // With TLS every connection is authenticated both ways; plaintext only when the cluster says so explicitly.
        // Keys are loaded before any thread starts, so a bad key file leaves nothing running.
        NodeTls tls = cluster.tls() == null ? null : NodeTls.of(self, cluster.tls());
        String refusal = options.linkFaults().refusal(protocol.network());
        if (refusal != null) throw new IllegalArgumentException("node " + self + ": " + refusal);
        NettyNode node = new NettyNode(protocol, cluster, self, sink, chooser, options, tls, dataDir);
        node.loop.submit(() -> {
            node.thread = Thread.currentThread();
            node.links.values().forEach(PeerLink::connect);
            node.guarded(() -> {
                if (node.recovery != null && node.recovery.recovers()) node.recovery.start(node.core);
                else node.core.start();
            });
        }).syncUninterruptibly();
        return node;
    }

    /** Calls an input action on the node's thread; parameters from the chooser. */
    public CompletableFuture<InputResult> input(String action) {
        return input(action, null);
    }

    /** Calls an input action with explicit parameters ({@code null}: from the chooser). */
    public CompletableFuture<InputResult> input(String action, List<Object> params) {
        if (closed) return CompletableFuture.completedFuture(InputResult.NODE_DOWN);
        return inspect(c -> c.input(action, params));
    }

    /** Runs {@code f} on the node's thread, for example {@code inspect(NodeCore::state)}. */
    public <T> CompletableFuture<T> inspect(Function<NodeCore<?>, T> f) {
        CompletableFuture<T> out = new CompletableFuture<>();
        try {
            loop.execute(() -> {
                try {
                    out.complete(f.apply(core));
                } catch (RuntimeException e) {
                    if (e instanceof ActionFailedException) stats.actionFailures.incrementAndGet();
                    out.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            out.completeExceptionally(new IllegalStateException("node " + self + " is closed"));
        }
        return out;
    }

    public NodeId self() { return self; }

    /**
     * The node's thread, for an application that serves its own clients on it (a server channel registered here):
     * a request then reaches {@link #inspect} and its answer goes back without a hand-off between threads (and the
     * wake-up of a sleeping selector that each hand-off costs). What runs there must not block, and it stops with
     * the node.
     */
    public EventLoop eventLoop() { return loop; }

    /**
     * {@link #inspect} and wait for the answer (10 s at most): for tests and tools that read a node between steps.
     *
     * @throws IllegalStateException when the node does not answer in time or {@code f} fails
     */
    public <T> T read(Function<NodeCore<?>, T> f) throws InterruptedException {
        try {
            return inspect(f).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("node " + self + " did not answer: " + e, e);
        }
    }

    /** For tests: breaks every connection of this node (inbound and outbound), as a network failure would. */
    void breakConnections() {
        loop.submit(() -> {
            links.values().forEach(PeerLink::breakConnection);
            accepted.close();
        }).syncUninterruptibly();
    }

    public TransportStats stats() { return stats; }

    /**
     * Replaces the node's per-message faults while it runs (from any thread), as a fault schedule switches them on
     * and off; {@link LinkFaults#NONE} turns them off. Messages already held back keep their delay.
     *
     * @throws IllegalArgumentException when a rule asks for a fault the spec's network never has
     */
    public void setLinkFaults(LinkFaults linkFaults) { faults.set(linkFaults); }

    public LinkFaults linkFaults() { return faults.faults(); }

    /** The address the node listens on. */
    public InetSocketAddress address() { return (InetSocketAddress) server.localAddress(); }

    /**
     * Closes every channel, stops the event loop thread, then flushes and closes the trace. Idempotent; must be
     * called from another thread than the node's (it waits for that thread to end).
     */
    @Override
    public void close() {
        if (loop.inEventLoop()) throw new IllegalStateException("close a node from outside its own event loop thread");
        if (closed) return;
        closed = true;
        if (!loop.isShuttingDown()) {
            loop.submit(() -> {
                flushDurable(); // a stopped node's last steps are on disk and their sends left, as at a crash after them
                links.values().forEach(PeerLink::close);
            }).awaitUninterruptibly();
        }
        channels.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        joinLoopThread();
        if (durable != null) durable.close();
        sink.close();
    }

    /** The group's future completes from inside the thread; wait until the thread itself has ended. */
    private void joinLoopThread() {
        if (thread == null) return;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Envelope e) {
        guarded(() -> core.deliver(e));
    }

    /** Writes the durable state the node's last steps left waiting, and lets their sends go. */
    private void flushDurable() {
        if (commits == null) return;
        try {
            commits.flush();
        } catch (DurableStateException e) {
            LOG.log(System.Logger.Level.ERROR, "node " + self + " stops: " + e.getMessage());
        }
    }

    /** Durable batches written (--data-dir; 0 without): one write and its fsyncs each (see {@link GroupCommit}). */
    public long durableWrites() { return commits == null ? 0 : commits.writes(); }

    /** Steps whose state went to disk in those batches: their ratio is the mean batch. */
    public long durableSteps() { return commits == null ? 0 : commits.steps(); }

    private void sendNow(Envelope envelope) {
        NodeId dst = envelope.message().dst();
        if (dst.equals(self)) {
            loop.execute(() -> deliver(envelope)); // never re-enter the core from inside a step
            return;
        }
        PeerLink link = links.get(dst);
        if (link == null) {
            stats.sendDropped.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "node {0}: dropped message {1}: {2} is not in the cluster file",
                    self, envelope.id(), dst);
            return;
        }
        link.send(envelope);
    }

    /** Runs a core event; a machine that throws is logged and counted, and the node goes on with its old state. */
    private void guarded(Runnable event) {
        // A closing node takes no more steps: an always-enabled auto action would otherwise resubmit itself for
        // ever and keep the event loop from finishing its shutdown (close() hung on Chang-Roberts' Halt stutter).
        if (closed) return;
        try {
            event.run();
        } catch (ActionFailedException e) {
            stats.actionFailures.incrementAndGet();
            LOG.log(System.Logger.Level.ERROR, e.getMessage(), e);
        } catch (DurableStateException e) {
            // The step's durable state is not on disk, so its sends must not leave: the node stops taking steps.
            closed = true;
            LOG.log(System.Logger.Level.ERROR, "node " + self + " stops: " + e.getMessage());
        }
    }

    /** The persisted state a node recovers from, typed by its machine. */
    private record Recovery<S extends ItfEncodable>(S persisted) {
        static <S extends ItfEncodable> Recovery<S> of(RoleMachine<S> machine, DurableStore store) {
            return new Recovery<>(store.recover(machine));
        }

        boolean recovers() { return persisted != null; }

        @SuppressWarnings("unchecked")
        void start(NodeCore<?> core) { ((NodeCore<S>) core).startRecovered(persisted); }
    }

    private final class Host implements NodeHost {
        @Override
        public void send(Envelope envelope) {
            if (commits != null) commits.send(envelope); // held while the step's durable state waits for its write
            else sendNow(envelope);
        }

        @Override
        public boolean connected(NodeId peer) {
            PeerLink link = links.get(peer);
            return peer.equals(self) || (link != null && link.connectedOrConnect());
        }

        @Override
        public void armTimer(String action, long generation, long delayMillis) {
            loop.schedule(() -> guarded(() -> core.timerExpired(action, generation)), delayMillis,
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public void continueLater() {
            loop.execute(() -> guarded(core::resume));
        }

        @Override
        public void persist(Object state) {
            if (commits != null) commits.persist((ItfEncodable) state); // group commit: written with the next batch
        }

        @Override
        public void inboxOverflow(Envelope dropped) {
            LOG.log(System.Logger.Level.WARNING, "node {0}: inbox full, dropped message {1}", self, dropped.id());
        }
    }
}
