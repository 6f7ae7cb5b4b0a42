package dev.lockstep.cli;

import dev.lockstep.cluster.ClusterFailure;
import dev.lockstep.cluster.ClusterSettings;
import dev.lockstep.lang.diag.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How this process joins a Lockstep cluster (a picocli mixin of {@code worker} and {@code explore --cluster}): the
 * cluster's name, the address to bind, the port, and the shared secret ({@code --secret-file}, else the
 * environment variable {@code LOCKSTEP_CLUSTER_SECRET}).
 */
final class ClusterJoin {
    static final String SECRET_ENV = "LOCKSTEP_CLUSTER_SECRET";

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = ClusterSettings.DEFAULT_NAME,
            description = "The cluster's name; members of other names are ignored (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The only address this member listens on and announces (default: ${DEFAULT-VALUE}; give "
                    + "this machine's address on the cluster's network to reach other machines).")
    String bind;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "A file holding the cluster's shared secret (default: the environment variable "
                    + SECRET_ENV + "); every member needs the same one.")
    Path secretFile;

    /** Settings with {@code members} ({@code HOST:PORT,…}); refuses (exit 2) a bad list or a missing secret. */
    ClusterSettings settings(String members, int port, boolean autoIncrement, boolean lite, Output output) {
        try {
            return new ClusterSettings(name, bind, port, autoIncrement, ClusterSettings.parseMembers(members),
                    secret(output), lite);
        } catch (ClusterFailure f) {
            throw refuse(output, f);
        }
    }

    /** A cluster failure as a one-line refusal (exit 2): it is about the cluster, not about a place in the spec. */
    static CommandFailed refuse(Output output, ClusterFailure f) {
        return output.refuse("error[" + f.code().id() + "]: " + f.getMessage());
    }

    private byte[] secret(Output output) {
        if (secretFile != null) {
            try {
                return Files.readString(secretFile, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw refuse(output, new ClusterFailure(Code.CLUSTER_CONFIG, "--secret-file " + secretFile
                        + " cannot be read: " + e.getMessage()));
            }
        }
        String env = System.getenv(SECRET_ENV);
        return env == null ? new byte[0] : env.getBytes(StandardCharsets.UTF_8);
    }
}
