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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep transform reliable FILE --network 'set lossy'}: writes the transformed spec (docs/transforms.md). */
@Command(name = "transform", description = "Rewrite a spec into another one and write it as a readable .lstep file.",
        subcommands = TransformCommand.Reliable.class, modelTransformer = TransformCommand.AddCounted.class)
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

    /**
     * The transforms that rewrite one part of a spec (a role, an action) over a number of nodes, one row each: the
     * subcommand's name and description, its two options, the rewrite, and what "Wrote OUT" says (a format of the
     * part and the count) with the extra {@code refines} options that check it (likewise a format).
     */
    static final List<Counted.Kind> COUNTED = List.of(
            new Counted.Kind("partition", "Shard a role that runs on one node over N nodes by the key "
                    + "`analyze --partition` finds (seed 003, section 6).",
                    new Counted.Arg("--role", "R", "The role to shard."),
                    new Counted.Arg("--shards", "N", "The number of shards (2 or more)."),
                    PartitionTransform::transform, "role %1$s sharded over %2$d nodes", " --map '%1$s = merge(%1$s)'"),
            new Counted.Kind("decouple", "Route an action's broadcast through K proxy nodes (seed 003, "
                    + "section 4: a remote proxy).",
                    new Counted.Arg("--action", "R.A", "The broadcasting action."),
                    new Counted.Arg("--proxies", "K", "The number of proxies."),
                    DecoupleTransform::transform, "%1$s broadcasts through %2$d proxies", ""),
            new Counted.Kind("replicate", "Replicate a monotone role on K node sets; every send to it goes to "
                    + "every replica (seed 003, section 5).",
                    new Counted.Arg("--role", "R", "The role to replicate."),
                    new Counted.Arg("--replicas", "K", "The number of replicas, the original included (2 or more)."),
                    ReplicateTransform::transform, "role %1$s on %2$d replicas", ""));

    /** Adds the {@link #COUNTED} subcommands after the annotated ones, in the table's order. */
    static final class AddCounted implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec transform) {
            for (Counted.Kind kind : COUNTED) transform.addSubcommand(kind.name(), new Counted(kind).commandSpec());
            return transform;
        }
    }

    /** A transform of one {@link #COUNTED} row: its options are built from the row rather than declared. */
    static final class Counted extends Subcommand {
        /** An option of a row: a required {@code NAME=LABEL}; its JSON key is the name without the dashes. */
        record Arg(String name, String label, String description) {
            OptionSpec option(Class<?> type) {
                return OptionSpec.builder(name).required(true).paramLabel(label).description(description).type(type)
                        .build();
            }

            String key() { return name.substring(2); }
        }

        interface Rewrite {
            Result<String> apply(SourceFile source, String part, int count, Set<String> models);
        }

        record Kind(String name, String description, Arg part, Arg count, Rewrite rewrite, String wrote,
                    String refinesOptions) {}

        private final Kind kind;

        Counted(Kind kind) { this.kind = kind; }

        /** This subcommand's model: the shared options of {@link Subcommand}, then the row's name, text and options. */
        CommandSpec commandSpec() {
            CommandSpec spec = CommandSpec.forAnnotatedObject(this).name(kind.name());
            spec.usageMessage().description(kind.description());
            return spec.addOption(kind.part().option(String.class)).addOption(kind.count().option(int.class));
        }

        private String part() { return spec.findOption(kind.part().name()).getValue(); }

        private int count() { return spec.findOption(kind.count().name()).getValue(); }

        @Override
        ObjectNode options() { return Json.object().put(kind.part().key(), part()).put(kind.count().key(), count()); }

        @Override
        Result<String> transform(SourceFile source) { return kind.rewrite().apply(source, part(), count(), io.models); }

        @Override
        String wroteNote() {
            return " (" + String.format(Locale.ROOT, kind.wrote(), part(), count()) + "; "
                    + refinesCheck(String.format(Locale.ROOT, kind.refinesOptions(), part())) + ")";
        }
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
