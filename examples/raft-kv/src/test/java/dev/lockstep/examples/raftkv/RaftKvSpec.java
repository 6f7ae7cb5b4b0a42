package dev.lockstep.examples.raftkv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * specs/raft.lstep, unchanged, with one more model: the constants the running store binds
 * ({@link RaftKvNode#constants}). The spec's own models bound the log and the values for exhaustive checking; the
 * service's traces are checked against the same protocol under the service's bounds.
 */
final class RaftKvSpec {
    static final String MODEL = "service";

    private RaftKvSpec() {}

    static Path withServiceModel(Path dir) throws IOException {
        return withServiceModel(dir, specFile());
    }

    /** specs/raft.lstep, or a spec beside it ({@code "buggy/raft-vote-not-persisted.lstep"}). */
    static Path specFile(String... relative) {
        Path raft = Path.of(System.getProperty("lockstep.raftSpec", "../../specs/raft.lstep"));
        return relative.length == 0 ? raft : raft.resolveSibling(relative[0]);
    }

    /** {@code spec} (a Raft of the same shape as specs/raft.lstep) with the service model added. */
    static Path withServiceModel(Path dir, Path spec) throws IOException {
        String model = "\n\\* The constants of examples/raft-kv (RaftKvNode.constants).\nmodel " + MODEL + " {\n"
                + "  Servers = {s1, s2, s3}  Values = 0.." + (KvCommand.DOMAIN - 1) + "  MaxTerm = "
                + RaftKvNode.MAX_TERM + "  MaxLog = " + RaftKvNode.MAX_LOG + "\n  crashes 3\n"
                + "  check ElectionSafety, LogTermsIncrease, StateMachineSafety, AppliedCommitted\n}\n";
        Path out = dir.resolve(spec.getFileName().toString().replace(".lstep", "-service.lstep"));
        Files.writeString(out, Files.readString(spec) + model);
        return out;
    }
}
