package dev.lockstep.cli;

import dev.lockstep.cli.Pipeline.Stage;
import dev.lockstep.cli.Pipeline.StageResult;
import dev.lockstep.cli.Pipeline.Verdict;
import java.util.Map;

/** The pipeline's prove stage: the Z3 prover (module {@code invariants}) is not part of this build yet. */
final class ProveStage {
    private ProveStage() {}

    static StageResult run(LoadedModel loaded) {
        return Pipeline.result(Stage.PROVE, Verdict.NOT_AVAILABLE, "not available", Map.of(),
                "the Z3 prover (module invariants) is not in this build", Main.HOLDS, "");
    }
}
