package dev.lockstep.cli;

import dev.lockstep.cluster.BatchJob;
import dev.lockstep.cluster.JobSpec;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.conformance.TraceOrigin;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code conform --cluster}: the runs (seed-N/ folders) spread over the cluster's members in batches of consecutive
 * runs. Each batch carries the bytes of its folders' trace files, so members need no shared storage: a member
 * writes them into a folder of its own, checks it with {@link TraceChecker} as local {@code conform} does, and
 * reports the trace files under the folder's name on this machine, so its report reads like the local one.
 */
final class DistributedConform {
    private DistributedConform() {}

    /** At most this many runs in a batch, and the runs in about this many batches at least. */
    static final int MAX_BATCH = 16;
    static final int MIN_BATCHES = 32;

    /** The verdicts in run order, and what the check cost. */
    record Found(List<RunVerdict> verdicts, int members, int batches, long bytesSent) {}

    static Found check(BatchJob job, JobSpec spec, List<ConformCommand.Run> runs) {
        int size = Math.max(1, Math.min(MAX_BATCH, (runs.size() + MIN_BATCHES - 1) / MIN_BATCHES));
        int batches = (runs.size() + size - 1) / size;
        AtomicLong bytes = new AtomicLong();
        BatchJob.Outcome<ArrayList<RunVerdict>> out = job.run("distributed trace check", spec, new Setup(), batches,
                i -> batch(runs.subList(i * size, Math.min(runs.size(), (i + 1) * size)), bytes), r -> false);
        List<RunVerdict> verdicts = new ArrayList<>();
        out.results().forEach(verdicts::addAll);
        return new Found(verdicts, out.members(), out.batches(), bytes.get());
    }

    /** A trace file's name in its folder and its bytes. */
    record TraceFile(String name, byte[] bytes) implements Serializable {}

    /** A run to check: its name in the report, its folder as named here, and the folder's trace files. */
    record Folder(String run, String path, List<TraceFile> files) implements Serializable {}

    /** Reads the runs' trace files, when the batch is sent. */
    private static Batch batch(List<ConformCommand.Run> runs, AtomicLong bytes) {
        List<Folder> folders = new ArrayList<>();
        for (ConformCommand.Run run : runs) {
            Path folder = run.inputs().get(0);
            List<TraceFile> files = new ArrayList<>();
            try {
                for (Path f : TraceChecker.traceFiles(run.inputs())) {
                    byte[] b = Files.readAllBytes(f);
                    bytes.addAndGet(b.length);
                    files.add(new TraceFile(f.getFileName().toString(), b));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the traces in " + folder + ": " + e.getMessage(), e);
            }
            folders.add(new Folder(run.name(), folder.toString(), files));
        }
        return new Batch(folders);
    }

    /** A member's context: the bound model. */
    record Context(ModelInstance model) implements AutoCloseable {
        @Override
        public void close() {}
    }

    record Setup() implements BatchJob.Setup<Context> {
        @Override
        public Context open(JobSpec spec) { return new Context(spec.bind("a member")); }
    }

    /** Checks each folder, in order, from a copy of its files in a temporary folder. */
    record Batch(List<Folder> folders) implements BatchJob.Work<Context, ArrayList<RunVerdict>> {
        @Override
        public ArrayList<RunVerdict> run(Context context) throws IOException {
            ArrayList<RunVerdict> out = new ArrayList<>();
            Path work = Files.createTempDirectory("lockstep-conform-");
            try {
                for (Folder f : folders) {
                    // ".d": no copy's name is the start of another's (run-1 of run-10), for relocate's replace.
                    Path copy = Files.createDirectory(work.resolve("run-" + out.size() + ".d"));
                    for (TraceFile t : f.files()) Files.write(copy.resolve(t.name()), t.bytes());
                    ConformanceResult r = relocate(TraceChecker.check(context.model(), List.of(copy)), copy.toString(),
                            f.path());
                    out.add(RunVerdict.of(f.run(), context.model().spec().name(), context.model().model().name(), r));
                }
            } finally {
                ProtocolSource.deleteTree(work);
            }
            return out;
        }
    }

    /** The result with the copy's folder named {@code to} (the folder on the coordinator) wherever it shows. */
    static ConformanceResult relocate(ConformanceResult r, String from, String to) {
        List<String> files = r.files().stream().map(f -> f.replace(from, to)).toList();
        Divergence d = r.divergence();
        if (d != null) {
            TraceOrigin o = d.origin() == null ? null
                    : new TraceOrigin(d.origin().file().replace(from, to), d.origin().line(), d.origin().raw());
            d = new Divergence(d.reason(), o, d.node(), d.step(), d.message().replace(from, to), d.differences(),
                    d.span());
        }
        return new ConformanceResult(r.status(), r.events(), files, d, r.elapsed());
    }
}
