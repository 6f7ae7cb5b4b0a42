package dev.lockstep.spectojava;

import com.github.javaparser.ast.CompilationUnit;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the Java package of a checked spec: enums, record types, the sealed message interface with its
 * records, the constants record, a local-state record and a machine class per role, and the protocol descriptor.
 * Built as JavaParser syntax trees and printed with its pretty printer, so the output is deterministic byte for byte.
 * Specs outside the Java fragment get LS850 diagnostics and no code.
 */
public final class JavaGenerator {
    private JavaGenerator() {}

    /** One generated source file; {@code path} is relative to the output root, e.g. {@code com/acme/TMState.java}. */
    public record GeneratedFile(String path, String source) {}

    /** The files of a spec, or the LS850 diagnostics that prevent generating them. */
    public static Result<List<GeneratedFile>> generate(CheckedSpec spec, JavaPackage pkg) {
        return units(spec, pkg).map(units -> units.stream().map(JavaGenerator::file).toList());
    }

    /** The syntax trees, before printing; tests mutate them to seed generator bugs. */
    public static Result<List<CompilationUnit>> units(CheckedSpec spec, JavaPackage pkg) {
        return Start.of(spec, pkg).map(start -> {
            TypeMapper types = start.types();
            UnitFactory u = start.units();
            ValueTypes values = start.values();
            List<CompilationUnit> out = valueUnits(spec, start.check(), values);
            out.addAll(exchangeUnits(spec, types, u, values));
            out.add(values.messageInterfaceUnit());
            for (CheckedSpec.MessageDecl m : spec.messages()) out.add(values.messageUnit(m));
            ConstantsGen constants = new ConstantsGen(spec, types, u);
            out.add(constants.unit());
            for (CheckedSpec.Role r : spec.roles()) out.add(values.stateUnit(r));
            for (CheckedSpec.Role r : spec.roles()) out.add(new MachineGen(spec, r, types, u).unit());
            // Typed recorders for the spec's own roles; an instance's roles (language §7.1) share classes across
            // instances (InstanceClasses), and code written by hand for them uses the runtime's TraceRecorder.
            for (CheckedSpec.Role r : spec.roles()) {
                if (r.span().file().name().equals(spec.file().name())) out.add(new TraceGen(spec, r, types, u).unit());
            }
            out.add(new ProtocolGen(spec, types, u, constants).unit());
            return InstanceClasses.share(spec, out);
        });
    }

    /**
     * The f1/f2/f3 projection of every exchange action (docs/spec-to-java.md, "Exchanges: f1/f2/f3"), with the value
     * types, constants and state records it uses, without the machines ({@link #generate} has them too). LS850
     * names an exchange the projection does not fit.
     */
    public static Result<List<GeneratedFile>> projection(CheckedSpec spec, JavaPackage pkg) {
        return projectionUnits(spec, pkg).map(units -> units.stream().map(JavaGenerator::file).toList());
    }

    /** The projection's syntax trees, before printing; tests mutate them to seed projection bugs. */
    public static Result<List<CompilationUnit>> projectionUnits(CheckedSpec spec, JavaPackage pkg) {
        return Start.of(spec, pkg).map(start -> {
            List<CompilationUnit> out = valueUnits(spec, start.check(), start.values());
            out.add(new ConstantsGen(spec, start.types(), start.units()).unit());
            for (CheckedSpec.Role r : spec.roles()) out.add(start.values().stateUnit(r));
            out.addAll(exchangeUnits(spec, start.types(), start.units(), start.values()));
            return out;
        });
    }

    /** Every exchange's request, reply and projection (f1/f2/f3, and the runtime's ExchangeSpec). */
    private static List<CompilationUnit> exchangeUnits(CheckedSpec spec, TypeMapper types, UnitFactory u, ValueTypes values) {
        List<CompilationUnit> out = new ArrayList<>();
        for (CheckedSpec.Role r : spec.roles()) {
            for (CheckedSpec.Action a : r.actions()) {
                if (a.trigger() instanceof CheckedSpec.Trigger.Exchange) {
                    out.addAll(new ExchangeGen(r, ExchangeSplit.of(a), types, u, values).units());
                }
            }
        }
        return out;
    }

    /** The fragment check, type names, unit factory and value types every generation starts from. */
    private record Start(FragmentCheck check, TypeMapper types, UnitFactory units, ValueTypes values) {
        /** LS850 for a spec outside the Java fragment, else the start of its generation. */
        static Result<Start> of(CheckedSpec spec, JavaPackage pkg) {
            FragmentCheck check = FragmentCheck.run(spec, true);
            if (!check.problems().isEmpty()) return Result.failed(check.problems());
            TypeMapper types = new TypeMapper(spec, check.recordTypes());
            String file = Locations.of(spec.file().span(0, 0));
            UnitFactory units = new UnitFactory(pkg.name(), file.substring(0, file.indexOf(':')));
            return Result.ok(new Start(check, types, units, new ValueTypes(spec, types, units)));
        }
    }

    /** The enums and record types of the spec. */
    private static List<CompilationUnit> valueUnits(CheckedSpec spec, FragmentCheck check, ValueTypes values) {
        List<CompilationUnit> out = new ArrayList<>();
        for (CheckedSpec.EnumDecl e : spec.enums()) {
            String what = "Enum " + e.name();
            for (CheckedSpec.Role r : spec.roles()) {
                for (CheckedSpec.Var v : r.vars()) {
                    if (e.name().equals(r.name() + "_" + v.name())) {
                        what = "The inline enum of variable " + v.name() + " of role " + r.name();
                    }
                }
            }
            out.add(values.enumUnit(e.type(), e.span(), what));
        }
        for (Type.Record r : check.recordTypes()) out.add(values.recordUnit(r, check.recordSpan(r)));
        return out;
    }

    public static GeneratedFile file(CompilationUnit cu) {
        pruneImports(cu);
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        String type = cu.getType(0).getNameAsString();
        String path = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + type + ".java";
        return new GeneratedFile(path, print(cu));
    }

    /** Drops the imports a unit does not use, so every generated file imports exactly what it needs. */
    private static void pruneImports(CompilationUnit cu) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (var t : cu.getTypes()) {
            t.findAll(com.github.javaparser.ast.expr.SimpleName.class).forEach(n -> used.add(n.getIdentifier()));
            t.findAll(com.github.javaparser.ast.expr.Name.class).forEach(n -> used.add(n.getIdentifier()));
        }
        cu.getImports().removeIf(i -> !used.contains(i.getName().getIdentifier()));
    }

    public static String print(CompilationUnit cu) {
        return SiblingFreePrinter.print(cu);
    }

    /** Writes the files under {@code root}, creating directories; returns the paths written. */
    public static List<Path> write(List<GeneratedFile> files, Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (GeneratedFile f : files) {
            Path p = root.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.source(), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }
}
