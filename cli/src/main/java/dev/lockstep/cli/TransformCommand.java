package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.transform.DecoupleTransform;
import dev.lockstep.lang.transform.PartitionTransform;
import dev.lockstep.lang.transform.ReliableTransform;
import dev.lockstep.lang.transform.ReplicateTransform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep transform reliable FILE --network 'set lossy'}: writes the transformed spec (docs/transforms.md). */
@Command(name = "transform", description = "Rewrite a spec into another one and write it as a readable .lstep file.",
        subcommands = {TransformCommand.Reliable.class, TransformCommand.Partition.class, TransformCommand.Decouple.class,
                TransformCommand.Replicate.class})
final class TransformCommand {

    @Command(name = "reliable", description = "Carry a spec written for a reliable 'network set' to a lossy network: "
            + "acknowledgements, retransmit timers and deduplication are added (Verdi's system transformers).")
    static final class Reliable extends Subcommand {
        @Option(names = "--network", required = true, paramLabel = "NETWORK",
                description = "The network the output runs on; only '" + ReliableTransform.TARGET + "' for now.")
        String network;

        @Override
        ObjectNode options() { return Json.object().put("network", ReliableTransform.TARGET); }

        @Override
        Result<String> transform(SourceFile source) { return ReliableTransform.transform(source, network, io.models); }

        @Override
        String wroteNote() {
            return " (" + ReliableTransform.TARGET + " network; check it with `lockstep check " + io.out
                    + " --no-deadlock`: it stops once every message is acknowledged)";
        }
    }

    @Command(name = "partition", description = "Shard a role that runs on one node over N nodes by the key "
            + "`analyze --partition` finds (seed 003, section 6).")
    static final class Partition extends Subcommand {
        @Option(names = "--role", required = true, paramLabel = "R", description = "The role to shard.")
        String role;

        @Option(names = "--shards", required = true, paramLabel = "N", description = "The number of shards (2 or more).")
        int shards;

        @Override
        ObjectNode options() { return Json.object().put("role", role).put("shards", shards); }

        @Override
        Result<String> transform(SourceFile source) {
            return PartitionTransform.transform(source, role, shards, io.models);
        }

        @Override
        String wroteNote() {
            return " (role " + role + " sharded over " + shards + " nodes; "
                    + refinesCheck(" --map '" + role + " = merge(" + role + ")'") + ")";
        }
    }

    @Command(name = "decouple", description = "Route an action's broadcast through K proxy nodes (seed 003, "
            + "section 4: a remote proxy).")
    static final class Decouple extends Subcommand {
        @Option(names = "--action", required = true, paramLabel = "R.A", description = "The broadcasting action.")
        String action;

        @Option(names = "--proxies", required = true, paramLabel = "K", description = "The number of proxies.")
        int proxies;

        @Override
        ObjectNode options() { return Json.object().put("action", action).put("proxies", proxies); }

        @Override
        Result<String> transform(SourceFile source) {
            return DecoupleTransform.transform(source, action, proxies, io.models);
        }

        @Override
        String wroteNote() {
            return " (" + action + " broadcasts through " + proxies + " proxies; " + refinesCheck("") + ")";
        }
    }

    @Command(name = "replicate", description = "Replicate a monotone role on K node sets; every send to it goes to "
            + "every replica (seed 003, section 5).")
    static final class Replicate extends Subcommand {
        @Option(names = "--role", required = true, paramLabel = "R", description = "The role to replicate.")
        String role;

        @Option(names = "--replicas", required = true, paramLabel = "K", description = "The number of replicas, the "
                + "original included (2 or more).")
        int replicas;

        @Override
        ObjectNode options() { return Json.object().put("role", role).put("replicas", replicas); }

        @Override
        Result<String> transform(SourceFile source) {
            return ReplicateTransform.transform(source, role, replicas, io.models);
        }

        @Override
        String wroteNote() { return " (role " + role + " on " + replicas + " replicas; " + refinesCheck("") + ")"; }
    }

    /**
     * What every transform does the same way: read and compile FILE, rewrite it, write the result to {@code -o} (or
     * stdout), and report it. A subcommand adds its own options, the rewrite, and the note after "Wrote OUT".
     */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        Io io;

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        /** The subcommand's own options, as the JSON summary lists them. */
        abstract ObjectNode options();

        abstract Result<String> transform(SourceFile source);

        /** Said after "Wrote OUT": what was written and how to check it. */
        abstract String wroteNote();

        /** How to check the output against FILE with {@code lockstep refines}, {@code more} its extra options. */
        final String refinesCheck(String more) {
            return "check it against the original with `lockstep refines " + io.out + " " + io.file + " --model M"
                    + more + "`";
        }

        /**
         * Writes the transformed spec to {@code -o} (or stdout); with {@code --format json} a summary: {@code status},
         * {@code transform}, the subcommand's {@link #options()}, {@code input}, and {@code output} (or the
         * {@code spec} text when there is no {@code -o}).
         */
        @Override
        public Integer call() {
            Path file = io.file;
            Path out = io.out;
            output.writableFile("-o", out);
            Frontend.Compilation compiled = Frontend.load(file);
            if (!compiled.ok()) throw output.badInput(compiled.diagnostics());
            Result<String> result = transform(compiled.source());
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
                ObjectNode summary = Json.object().put("status", "ok").put("transform", spec.name());
                summary.setAll(options());
                summary.put("input", file.toString());
                if (out != null) summary.put("output", out.toString());
                else summary.put("spec", text);
                output.emitJson(summary);
            } else if (out == null) {
                output.out().print(text);
                output.out().flush();
            } else {
                output.textLine("Wrote " + out + wroteNote());
            }
            return ExitCodes.HOLDS;
        }
    }

    /** The options every transform shares: the input, the models to keep, the output file. */
    static final class Io {
        @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
        Path file;

        @Option(names = "--models", split = ",", paramLabel = "NAME",
                description = "Keep only these models (default: all; a transformed state space may be much larger).")
        java.util.LinkedHashSet<String> models;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the spec to OUT (default: stdout).")
        Path out;
    }
}
