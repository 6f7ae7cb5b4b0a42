package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gen", description = "Generate the Java state machines of a spec (one package; depends on lockstep-runtime only).")
final class GenCommand implements Callable<Integer> {
    @Mixin
    SpecFile file;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Source root to write into (created if missing; must be a writable directory).")
    Path out;

    @Option(names = "--package", required = true, paramLabel = "P", description = "The Java package of the generated code.")
    String packageName;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Generate the constants of this model only (default: every model of the spec).")
    String model;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        JavaPackage pkg = JavaPackage.parse(packageName).orElse(null);
        if (pkg == null) return fail(List.of(), "'" + packageName + "' is not a Java package name");
        Frontend.Compilation c = Frontend.load(file.path);
        if (!c.ok()) return fail(c.diagnostics(), null);
        CheckedSpec checked = c.spec().orElseThrow();
        if (model != null) {
            if (checked.model(model).isEmpty()) {
                String known = checked.models().stream().map(CheckedSpec.Model::name).toList().toString();
                return fail(List.of(Diagnostic.error(Code.UNKNOWN_MODEL, checked.file().span(0, 0), "spec "
                        + checked.name() + " has no model '" + model + "'", "its models are " + known)), null);
            }
            checked = new CheckedSpec(checked.name(), checked.file(), checked.consts(), checked.enums(),
                    checked.messages(), checked.network(), checked.roles(), checked.defs(), checked.invariants(),
                    checked.properties(), List.of(checked.model(model).get()), checked.inits(), checked.fairGroups());
        }
        // The generated constants of a model whose bindings cannot be evaluated (a division by zero, say) would
        // throw when the Java runs: refuse them here, as explore and check do.
        List<Diagnostic> bindingProblems = new ArrayList<>();
        for (CheckedSpec.Model m : checked.models()) {
            bindingProblems.addAll(ModelInstance.bind(checked, m.name()).diagnostics());
        }
        if (bindingProblems.stream().anyMatch(Diagnostic::isError)) return fail(bindingProblems, null);
        Result<List<JavaGenerator.GeneratedFile>> result = JavaGenerator.generate(checked, pkg);
        if (!(result instanceof Result.Ok<List<JavaGenerator.GeneratedFile>> generated)) {
            return fail(result.diagnostics(), null);
        }
        String outProblem = IoErrors.prepareDirectory("--out", out);
        if (outProblem != null) return fail(List.of(), outProblem);
        List<Path> written;
        try {
            written = JavaGenerator.write(generated.value(), out);
        } catch (IOException e) {
            return fail(List.of(), "--out " + out + ": " + IoErrors.describe(e));
        }
        if (output.json()) {
            ObjectNode json = Json.object().put("ok", true).put("protocol", checked.name()).put("package", packageName);
            json.set("files", Json.tree(written.stream().map(Path::toString).toList()));
            json.putArray("diagnostics");
            output.emitJson(json);
        } else {
            output.textLine("Generated " + written.size() + " files for protocol " + checked.name() + " in package "
                    + packageName + " under " + out);
        }
        return ExitCodes.HOLDS;
    }

    /** Reports why nothing was generated: JSON says {@code "ok": false} and the files list is empty. */
    private int fail(List<Diagnostic> diagnostics, String usage) {
        if (output.json()) {
            ObjectNode json = Json.object().put("ok", false);
            json.putArray("files");
            json.set("diagnostics", Json.diagnostics(diagnostics));
            if (usage != null) json.put("error", usage);
            output.emitJson(json);
            return ExitCodes.BAD_INPUT;
        }
        if (usage != null) output.fail(usage);
        throw output.badInput(diagnostics);
    }
}
