package dev.lockstep.cli;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.spectojava.JavaGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "gen", description = "Generate the Java state machines of a spec (one package; depends on lockstep-runtime only).")
final class GenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Source root to write into (created if missing; must be a writable directory).")
    Path out;

    @Option(names = "--package", required = true, paramLabel = "P", description = "The Java package of the generated code.")
    String packageName;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Generate the constants of this model only (default: every model of the spec).")
    String model;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        var stdout = spec.commandLine().getOut();
        if (!JavaGenerator.isValidPackage(packageName)) {
            return fail(List.of(), "'" + packageName + "' is not a Java package name");
        }
        Frontend.Compilation c = Frontend.load(file);
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
                    checked.properties(), List.of(checked.model(model).get()));
        }
        // The generated constants of a model whose bindings cannot be evaluated (a division by zero, say) would
        // throw when the Java runs: refuse them here, as explore and check do.
        List<Diagnostic> bindingProblems = new ArrayList<>();
        for (CheckedSpec.Model m : checked.models()) ModelInstance.bind(checked, m.name(), bindingProblems);
        if (bindingProblems.stream().anyMatch(Diagnostic::isError)) return fail(bindingProblems, null);
        JavaGenerator.Result result = JavaGenerator.generate(checked, packageName);
        if (!result.ok()) return fail(result.diagnostics(), null);
        String outProblem = IoErrors.prepareDirectory("--out", out);
        if (outProblem != null) return fail(List.of(), outProblem);
        List<Path> written;
        try {
            written = JavaGenerator.write(result.files(), out);
        } catch (IOException e) {
            return fail(List.of(), "--out " + out + ": " + IoErrors.describe(e));
        }
        if (format == OutputFormat.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ok", true);
            json.put("protocol", checked.name());
            json.put("package", packageName);
            json.put("files", written.stream().map(Path::toString).toList());
            json.put("diagnostics", List.of());
            stdout.println(Json.write(json));
        } else {
            stdout.println("Generated " + written.size() + " files for protocol " + checked.name() + " in package "
                    + packageName + " under " + out);
        }
        stdout.flush();
        return Main.HOLDS;
    }

    private int fail(List<Diagnostic> diagnostics, String usage) {
        if (format == OutputFormat.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ok", false);
            json.put("files", new ArrayList<>());
            json.put("diagnostics", Json.diagnostics(diagnostics));
            if (usage != null) json.put("error", usage);
            spec.commandLine().getOut().println(Json.write(json));
            spec.commandLine().getOut().flush();
        } else {
            var err = spec.commandLine().getErr();
            if (usage != null) err.println("lockstep gen: " + usage);
            err.print(DiagnosticPrinter.render(diagnostics));
            err.flush();
        }
        return Main.BAD_INPUT;
    }
}
