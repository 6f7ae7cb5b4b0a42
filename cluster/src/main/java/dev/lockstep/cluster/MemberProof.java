package dev.lockstep.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.diag.Code;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared-secret check Lockstep adds on top of Hazelcast's open-source edition, which has no member
 * authentication and no TLS (both are Enterprise features: its jar says "Security requires Hazelcast Enterprise
 * Edition"). Every member carries a random nonce and HMAC-SHA256(secret, cluster name, nonce) as member attributes;
 * the coordinator refuses to run a job while any member lacks a valid proof, and every member refuses a job whose
 * own proof (an HMAC over the job id and the spec) is wrong. This keeps out members and jobs started without the
 * secret; it does not encrypt traffic nor stop an attacker who can read it (see docs/scale-out.md).
 */
final class MemberProof {
    static final String NONCE = "lockstep.nonce";
    static final String PROOF = "lockstep.proof";

    private MemberProof() {}

    /** The attributes a new member publishes. */
    static Map<String, String> attributes(byte[] secret, String clusterName) {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        String n = HexFormat.of().formatHex(nonce);
        return Map.of(NONCE, n, PROOF, hmac(secret, "member\n" + clusterName + "\n" + n));
    }

    /** Throws {@link ClusterFailure} (LS912) naming the first member whose proof is missing or wrong. */
    static void checkAll(Collection<Member> members, byte[] secret, String clusterName) {
        for (Member m : members) {
            String nonce = m.getAttribute(NONCE), proof = m.getAttribute(PROOF);
            boolean ok = nonce != null && proof != null
                    && MessageDigest.isEqual(proof.getBytes(StandardCharsets.US_ASCII),
                    hmac(secret, "member\n" + clusterName + "\n" + nonce).getBytes(StandardCharsets.US_ASCII));
            if (!ok) {
                throw new ClusterFailure(Code.CLUSTER_UNAUTHENTICATED, "member " + m.getAddress() + " of cluster '"
                        + clusterName + "' does not hold the cluster's secret; no job runs while it is a member "
                        + "(stop it, or start every member with the same LOCKSTEP_CLUSTER_SECRET)");
            }
        }
    }

    /** The proof a job carries: it was submitted by someone holding the secret, for this spec text. */
    static String forJob(byte[] secret, String jobId, String specText) {
        return hmac(secret, "job\n" + jobId + "\n" + specText);
    }

    static boolean jobValid(byte[] secret, String jobId, String specText, String proof) {
        return proof != null && MessageDigest.isEqual(proof.getBytes(StandardCharsets.US_ASCII),
                forJob(secret, jobId, specText).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * On a member receiving job {@code jobId}: refuses it (SecurityException) without a valid proof, and checks
     * every member's proof again (LS912).
     */
    static void checkJob(HazelcastInstance hz, String jobId, String specText, String proof) {
        byte[] secret = (byte[]) hz.getUserContext().get(ClusterSettings.SECRET_KEY);
        String name = (String) hz.getUserContext().get(ClusterSettings.NAME_KEY);
        if (secret == null || !jobValid(secret, jobId, specText, proof)) {
            throw new SecurityException("member " + hz.getCluster().getLocalMember().getAddress()
                    + " refuses a job that does not carry the cluster's secret");
        }
        checkAll(hz.getCluster().getMembers(), secret, name);
    }

    private static String hmac(byte[] secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
