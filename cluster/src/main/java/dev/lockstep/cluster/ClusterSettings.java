package dev.lockstep.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a Lockstep member joins its cluster: the cluster's name, the address it binds and its port, the members it
 * contacts (TCP/IP only: multicast and auto-detection are off, so nothing is discovered that is not listed), the
 * shared secret, and whether it holds data ({@code lite}: a coordinator that owns no partitions).
 *
 * @param bindAddress the only address the member listens on and announces (127.0.0.1 unless asked otherwise)
 * @param port        the first port tried; {@code autoIncrement} tries the next 99 when it is taken
 */
public record ClusterSettings(String clusterName, String bindAddress, int port, boolean autoIncrement,
                              List<String> members, byte[] secret, boolean lite) {
    public static final String DEFAULT_NAME = "lockstep";
    public static final int DEFAULT_PORT = 5701;
    /** The executor every job's tasks run on. */
    static final String EXECUTOR = "lockstep-bfs";
    static final String SECRET_KEY = "lockstep.secret";
    static final String NAME_KEY = "lockstep.clusterName";

    public ClusterSettings {
        if (clusterName == null || clusterName.isBlank()) {
            throw new ClusterFailure(Code.CLUSTER_CONFIG, "the cluster name is empty");
        }
        if (port < 1 || port > 65535) throw new ClusterFailure(Code.CLUSTER_CONFIG, "port " + port
                + " is outside 1..65535");
        if (secret == null || secret.length < 8) {
            throw new ClusterFailure(Code.CLUSTER_CONFIG, "no cluster secret, or one shorter than 8 bytes: set "
                    + "LOCKSTEP_CLUSTER_SECRET (the same on every member) or give --secret-file FILE");
        }
        members = List.copyOf(members);
    }

    /**
     * Parses {@code HOST:PORT[,HOST:PORT…]}; throws {@link ClusterFailure} (LS910) naming the bad entry.
     */
    public static List<String> parseMembers(String list) {
        List<String> out = new ArrayList<>();
        for (String raw : list.split(",", -1)) {
            String m = raw.trim();
            int colon = m.lastIndexOf(':');
            boolean ok = colon > 0 && colon < m.length() - 1;
            if (ok) {
                try {
                    int p = Integer.parseInt(m.substring(colon + 1));
                    ok = p >= 1 && p <= 65535;
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) throw new ClusterFailure(Code.CLUSTER_CONFIG, "'" + m + "' in the member list '" + list
                    + "' is not HOST:PORT (port 1..65535)");
            out.add(m);
        }
        return out;
    }

    /** Starts a member with these settings; throws {@link ClusterFailure} (LS911) when it cannot. */
    public HazelcastInstance start() {
        // Read by Hazelcast before it reads the Config: without it, its start-up warnings go to the console.
        if (System.getProperty("hazelcast.logging.type") == null) System.setProperty("hazelcast.logging.type", "none");
        try {
            return Hazelcast.newHazelcastInstance(config());
        } catch (RuntimeException e) {
            throw new ClusterFailure(Code.CLUSTER_JOIN_FAILED, "cannot start a cluster member on " + bindAddress + ":"
                    + port + ": " + e.getMessage(), e);
        }
    }

    Config config() {
        Config c = new Config();
        c.setClusterName(clusterName);
        c.setLiteMember(lite);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "none");
        c.setProperty("hazelcast.health.monitoring.level", "OFF");
        c.setProperty("hazelcast.local.localAddress", bindAddress);
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.wait.seconds.before.join", "1");
        c.setProperty("hazelcast.shutdownhook.enabled", "false");
        // A member whose process dies is dropped after this long without a heartbeat (Hazelcast's default is 60 s).
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "15");
        NetworkConfig n = c.getNetworkConfig();
        n.setPort(port).setPortAutoIncrement(autoIncrement).setPortCount(100);
        n.getInterfaces().setEnabled(true).setInterfaces(List.of(bindAddress));
        n.getRestApiConfig().setEnabled(false);
        n.getMemcacheProtocolConfig().setEnabled(false);
        JoinConfig join = n.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members).setConnectionTimeoutSeconds(3);
        c.getJetConfig().setEnabled(false);
        c.getExecutorConfig(EXECUTOR).setPoolSize(16);
        MemberProof.attributes(secret, clusterName).forEach(c.getMemberAttributeConfig()::setAttribute);
        ConcurrentHashMap<String, Object> context = new ConcurrentHashMap<>();
        context.put(SECRET_KEY, secret.clone());
        context.put(NAME_KEY, clusterName);
        c.setUserContext(context);
        return c;
    }
}
