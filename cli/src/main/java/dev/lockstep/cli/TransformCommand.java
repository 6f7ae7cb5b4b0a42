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
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep transform reliable FILE --network 'set lossy'}: writes the transformed spec (docs/transforms.md). */
@Command(name = "transform", description = "Rewrite a spec into another one and write it as a readable .lstep file.",
        subcommands = {TransformCommand.Reliable.class, TransformCommand.Partition.class, TransformCommand.Decouple.class,
                TransformCommand.Replicate.class})
final class TransformCommand {

    @Command(name = "reliable", description = "Carry a spec written for a reliable 'network set' to a lossy network: "
            + "acknowledgements, retransmit timers and deduplication are added (Verdi's system transformers).")
    static final class Reliable implements Callable<Integer> {
        @Mixin
        Io io;

        @Option(names = "--network", required = true, paramLabel = "NETWORK",
                description = "The network the output runs on; only '" + ReliableTransform.TARGET + "' for now.")
        String network;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            ObjectNode json = Json.object().put("network", ReliableTransform.TARGET);
            return write(output, io, "reliable", json, source -> ReliableTransform.transform(source, network,
                    io.models), " (" + ReliableTransform.TARGET + " network; check it with `lockstep check " + io.out
                    + " --no-deadlock`: it stops once every message is acknowledged)");
        }
    }

    @Command(name = "partition", description = "Shard a role that runs on one node over N nodes by the key "
            + "`analyze --partition` finds (seed 003, section 6).")
    static final class Partition implements Callable<Integer> {
        @Mixin
        Io io;

        @Option(names = "--role", required = true, paramLabel = "R", description = "The role to shard.")
        String role;

        @Option(names = "--shards", required = true, paramLabel = "N", description = "The number of shards (2 or more).")
        int shards;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            ObjectNode json = Json.object().put("role", role).put("shards", shards);
            return write(output, io, "partition", json, source -> PartitionTransform.transform(source, role,
                    shards, io.models), " (role " + role + " sharded over " + shards + " nodes; check it against the original "
                    + "with `lockstep refines " + io.out + " " + io.file + " --model M --map '" + role + " = merge(" + role
                    + ")'`)");
        }
    }

    @Command(name = "decouple", description = "Route an action's broadcast through K proxy nodes (seed 003, "
            + "section 4: a remote proxy).")
    static final class Decouple implements Callable<Integer> {
        @Mixin
        Io io;

        @Option(names = "--action", required = true, paramLabel = "R.A", description = "The broadcasting action.")
        String action;

        @Option(names = "--proxies", required = true, paramLabel = "K", description = "The number of proxies.")
        int proxies;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            ObjectNode json = Json.object().put("action", action).put("proxies", proxies);
            return write(output, io, "decouple", json, source -> DecoupleTransform.transform(source, action,
                    proxies, io.models), " (" + action + " broadcasts through " + proxies + " proxies; check it against the "
                    + "original with `lockstep refines " + io.out + " " + io.file + " --model M`)");
        }
    }

    @Command(name = "replicate", description = "Replicate a monotone role on K node sets; every send to it goes to "
            + "every replica (seed 003, section 5).")
    static final class Replicate implements Callable<Integer> {
        @Mixin
        Io io;

        @Option(names = "--role", required = true, paramLabel = "R", description = "The role to replicate.")
        String role;

        @Option(names = "--replicas", required = true, paramLabel = "K", description = "The number of replicas, the "
                + "original included (2 or more).")
        int replicas;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            ObjectNode json = Json.object().put("role", role).put("replicas", replicas);
            return write(output, io, "replicate", json, source -> ReplicateTransform.transform(source, role,
                    replicas, io.models), " (role " + role + " on " + replicas + " replicas; check it against the original with "
                    + "`lockstep refines " + io.out + " " + io.file + " --model M`)");
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

    /**
     * Runs {@code transform} on {@code file} and writes its output to {@code out} (or stdout); with {@code --format
     * json} a summary: {@code status}, {@code transform}, the options in {@code json}, {@code input}, and
     * {@code output} (or the {@code spec} text when there is no {@code -o}).
     */
    static int write(Output output, Io io, String name, ObjectNode json, Function<SourceFile, Result<String>> transform,
                     String wroteNote) {
        Path file = io.file;
        Path out = io.out;
        output.writableFile("-o", out);
        Frontend.Compilation compiled = Frontend.load(file);
        if (!compiled.ok()) throw output.badInput(compiled.diagnostics());
        Result<String> result = transform.apply(compiled.source());
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
            ObjectNode summary = Json.object().put("status", "ok").put("transform", name);
            summary.setAll(json);
            summary.put("input", file.toString());
            if (out != null) summary.put("output", out.toString());
            else summary.put("spec", text);
            output.emitJson(summary);
        } else if (out == null) {
            output.out().print(text);
            output.out().flush();
        } else {
            output.textLine("Wrote " + out + wroteNote);
        }
        return ExitCodes.HOLDS;
    }
}
