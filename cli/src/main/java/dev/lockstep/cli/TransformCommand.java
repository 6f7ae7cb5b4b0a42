package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.transform.ReliableTransform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep transform reliable FILE --network 'set lossy'}: writes the transformed spec (docs/transforms.md). */
@Command(name = "transform", description = "Rewrite a spec into another one and write it as a readable .lstep file.",
        subcommands = TransformCommand.Reliable.class)
final class TransformCommand {

    @Command(name = "reliable", description = "Carry a spec written for a reliable 'network set' to a lossy network: "
            + "acknowledgements, retransmit timers and deduplication are added (Verdi's system transformers).")
    static final class Reliable implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
        Path file;

        @Option(names = "--network", required = true, paramLabel = "NETWORK",
                description = "The network the output runs on; only '" + ReliableTransform.TARGET + "' for now.")
        String network;

        @Option(names = "--models", split = ",", paramLabel = "NAME",
                description = "Keep only these models (default: all; a transformed state space is much larger).")
        java.util.LinkedHashSet<String> models;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the spec to OUT (default: stdout).")
        Path out;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            output.writableFile("-o", out);
            Frontend.Compilation compiled = Frontend.load(file);
            if (!compiled.ok()) throw output.badInput(compiled.diagnostics());
            Result<String> result = ReliableTransform.transform(compiled.source(), network, models);
            if (!(result instanceof Result.Ok<String> ok)) throw output.badInput(result.diagnostics());
            String text = ok.value();
            if (out != null) {
                try {
                    Files.writeString(out, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw output.refuse("cannot write " + out + ": " + e.getMessage());
                }
            }
            if (output.json()) {
                ObjectNode json = Json.object().put("status", "ok").put("transform", "reliable")
                        .put("network", ReliableTransform.TARGET).put("input", file.toString());
                if (out != null) json.put("output", out.toString());
                else json.put("spec", text);
                output.emitJson(json);
            } else if (out == null) {
                output.out().print(text);
                output.out().flush();
            } else {
                output.textLine("Wrote " + out + " (" + ReliableTransform.TARGET + " network; check it with `lockstep "
                        + "check " + out + " --no-deadlock`: it stops once every message is acknowledged)");
            }
            return ExitCodes.HOLDS;
        }
    }
}
