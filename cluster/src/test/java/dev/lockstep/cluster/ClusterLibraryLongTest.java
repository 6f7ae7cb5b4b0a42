package dev.lockstep.cluster;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The library models too big for the default suite ({@link ClusterExplorerTest} compares those of up to
 * {@value ClusterExplorerTest#DEFAULT_SUITE_STATES} states) and of up to {@value #MAX_STATES} states, on a 2-member
 * cluster in one JVM against the single-machine explorer (13 models, about 4 minutes under load). Bigger models
 * (two-phase-commit rm7, rm8, rm9, lamport-mutex n3, the lossy 2PC's small, raft-commit-old-term figure8, the Raft
 * models named cluster that hold) are reported as skipped; docs/benchmarks.md compares rm7 and rm9 on the cluster.
 */
@Tag("long")
class ClusterLibraryLongTest {
    static final long MAX_STATES = 120_000;
    private static InJvmCluster cluster;

    @BeforeAll
    static void start() { cluster = new InJvmCluster("lockstep-test-bfs-long", 2); }

    @AfterAll
    static void stop() { cluster.close(); }

    @TestFactory
    Stream<DynamicTest> everyLargerLibraryModelGivesTheExplorersAnswer() throws IOException {
        return LibraryModels.sameAnswersOnCluster(cluster.coordinator, 2, ClusterExplorerTest.DEFAULT_SUITE_STATES,
                MAX_STATES);
    }
}
