package dev.lockstep.cli;

import dev.lockstep.conformance.RecordedRun;
import dev.lockstep.conformance.ReplayInputException;
import dev.lockstep.conformance.ReplayResult;
import dev.lockstep.conformance.TraceReplay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lockstep replay}: re-runs the model's generated machines from one recorded run, optionally edited, writes
 * the new traces and checks them against the spec ({@link TraceReplay} does the work).
 */
@Command(name = "replay", description = "Re-run the spec's generated machines from a recorded run (one folder of "
        + "per-node traces), optionally with what-if edits; write the new traces and check them against the model. "
        + "Exit 0: replayed and conforms (and, without edits, byte-identical); 1: the new run violates the spec or an "
        + "invariant, or a plain replay differs from the recording; 2: bad input.")
final class ReplayCommand extends ModelCommand {
    @Parameters(index = "1", paramLabel = "TRACE_DIR",
            description = "One run's folder of NODE.ndjson traces (e.g. simulate --trace-dir's DIR/seed-S).")
    Path traceDir;

    @Option(names = "--edit", paramLabel = "EDIT", description = "drop:NODE#STEP (the event is lost), swap:NODE#STEP "
            + "(with the node's next event), deliver-late:MSGID (its receive comes after the receiver's other events); "
            + "repeatable, applied in order, steps as recorded.")
    List<String> edits = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where the new traces go (an empty or new folder; "
            + "default: a new temporary folder, named in the report).")
    Path out;

    @Override
    public Integer call() throws IOException {
        LoadedModel loaded = load();
        output.warnings(loaded.warnings());
        TraceReplay.EditedRun run;
        try {
            run = TraceReplay.edit(RecordedRun.read(traceDir), edits); // before the slow compile
        } catch (ReplayInputException e) {
            throw output.refuse(e.getMessage());
        }
        boolean temporary = out == null;
        if (temporary) out = Files.createTempDirectory("lockstep-replay-");
        else output.writableDirectory("--out", out);
        Path work = Files.createTempDirectory("lockstep-replay-java-");
        try {
            GeneratedProtocol.Outcome generated = GeneratedProtocol.load(loaded.spec(), loaded.instance().model().name(), work);
            if (!generated.ok()) throw output.badInput(generated.diagnostics());
            ReplayResult result;
            try {
                result = new TraceReplay(generated.descriptor(), loaded.instance()).replay(run, out);
            } catch (ReplayInputException e) {
                if (temporary) ProtocolSource.deleteTree(out); // nothing worth keeping was written
                throw output.refuse(e.getMessage());
            }
            ReplayReport report = new ReplayReport(loaded.spec().name(), loaded.instance().model().name(), traceDir, result);
            output.emit(report);
            return report.exitCode();
        } finally {
            ProtocolSource.deleteTree(work);
        }
    }
}
