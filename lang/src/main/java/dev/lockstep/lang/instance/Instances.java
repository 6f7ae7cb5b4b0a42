package dev.lockstep.lang.instance;

import dev.lockstep.lang.check.Checker;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replaces each {@code instance I = "file" with C <- e} of a spec by the declarations of that file, with its names
 * qualified by {@code I} ({@code I_Role}, {@code I_Message}, {@code I_Def}, {@code I_Invariant}) and each constant
 * {@code C} turned into the definition {@code I_C == e}. This is the one place instances are understood: every
 * later stage (checker, explorer, TLA+, prover, Java, conformance) sees the flattened protocol.
 *
 * <p>Enums (and a role variable's inline enum, which becomes the named enum {@code Role_var}) are not qualified:
 * two instances of one file share them, as values of one type. The instantiated file's network must be this
 * spec's network; its models are dropped. In this spec, {@code I.X} names the instance's member {@code I_X}.
 */
public final class Instances {
    private final Diagnostics diags;
    /** Enums already emitted, by file and name: instances of one file share them. */
    private final Set<String> emittedEnums = new HashSet<>();

    private Instances(Diagnostics diags) {
        this.diags = diags;
    }

    /**
     * The spec with its instances expanded, or {@code spec} itself when it has none. {@code baseDir} is the
     * directory instance paths are relative to (the spec file's directory).
     */
    public static Ast.Spec flatten(Ast.Spec spec, Path baseDir, Diagnostics diags) {
        if (spec.decls().stream().noneMatch(d -> d instanceof Ast.InstanceDecl)) return spec;
        Deque<Path> stack = new ArrayDeque<>();
        Path self = selfPath(spec);
        if (self != null) stack.push(self);
        return new Instances(diags).expandAll(spec, baseDir, stack);
    }

    private static Path selfPath(Ast.Spec spec) {
        try {
            return Path.of(spec.span().file().name()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** One expanded instance: its qualified declarations, its binding definitions, and its members by short name. */
    private record Expanded(Ast.InstanceDecl decl, List<Ast.Decl> decls, List<Ast.Decl> bindings,
                            Map<String, String> members) {}

    private Ast.Spec expandAll(Ast.Spec spec, Path baseDir, Deque<Path> stack) {
        Ast.NetworkDecl network = null;
        for (Ast.Decl d : spec.decls()) if (d instanceof Ast.NetworkDecl n && network == null) network = n;
        Map<String, Expanded> expanded = new LinkedHashMap<>();
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.InstanceDecl inst) {
                Expanded e = expand(inst, baseDir, stack, network);
                if (e == null) continue;
                if (expanded.containsKey(inst.name().name())) {
                    diags.error(Code.INSTANCE_NAME_CLASH, inst.name().span(), "instance " + inst.name().name()
                            + " is declared twice", "first declared at "
                            + expanded.get(inst.name().name()).decl().name().span().location());
                    continue;
                }
                expanded.put(inst.name().name(), e);
            }
        }
        AstRenamer outer = new AstRenamer(new MemberSelection(expanded));
        List<Ast.Decl> own = new ArrayList<>();
        List<Ast.Decl> fromInstances = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            if (!(d instanceof Ast.InstanceDecl)) own.add(rewriteOwn(d, outer));
        }
        for (Expanded e : expanded.values()) {
            for (Ast.Decl b : e.bindings()) own.add(rewriteOwn(b, outer));
            fromInstances.addAll(e.decls());
        }
        refuseClashes(own, fromInstances, expanded);
        List<Ast.Decl> all = new ArrayList<>(own);
        all.addAll(fromInstances);
        return new Ast.Spec(spec.name(), all, spec.span());
    }

    /** {@code I.X} in this spec's own declarations (and in the binding values) becomes {@code I_X}. */
    private final class MemberSelection implements AstRenamer.Renaming {
        private final Map<String, Expanded> instances;

        MemberSelection(Map<String, Expanded> instances) {
            this.instances = instances;
        }

        @Override public Ast.Expr name(Ast.Name name) { return name; }

        /** {@code I.Def} (as the parser names a call {@code I.Def(args)}) becomes {@code I_Def}. */
        @Override
        public String callee(String name) {
            int dot = name.indexOf('.');
            if (dot < 0 || !instances.containsKey(name.substring(0, dot))) return name;
            String member = instances.get(name.substring(0, dot)).members().get(name.substring(dot + 1));
            return member == null ? name : member;
        }

        @Override
        public Ast.Expr call(Ast.Call call, List<Ast.Expr> args) {
            String name = call.name().name();
            int dot = name.indexOf('.');
            if (dot > 0 && instances.containsKey(name.substring(0, dot)) && callee(name).equals(name)) {
                unknownMember(instances.get(name.substring(0, dot)), name.substring(0, dot), name.substring(dot + 1),
                        call.name().span());
            }
            return new Ast.Call(new Ast.Ident(callee(name), call.name().span()), args, call.span());
        }

        @Override public String message(String name) { return name; }

        @Override
        public Ast.Expr field(Ast.Field original, Ast.Expr target) {
            if (!(target instanceof Ast.Name n) || !instances.containsKey(n.name())) {
                return new Ast.Field(target, original.field(), original.span());
            }
            Expanded inst = instances.get(n.name());
            String member = inst.members().get(original.field().name());
            if (member == null) {
                unknownMember(inst, n.name(), original.field().name(), original.field().span());
                return original;
            }
            return new Ast.Name(member, original.span());
        }

        private void unknownMember(Expanded inst, String instance, String member, Span at) {
            diags.error(Code.INSTANCE_UNKNOWN_MEMBER, at, "instance " + instance + " declares no " + member,
                    "its members: " + String.join(", ", new TreeSet<>(inst.members().keySet())));
        }
    }

    private static Ast.Decl rewriteOwn(Ast.Decl d, AstRenamer r) {
        return switch (d) {
            case Ast.ConstDecl c -> c;
            case Ast.EnumDecl e -> e;
            case Ast.MessageDecl m -> m;
            case Ast.NetworkDecl n -> n;
            case Ast.RoleDecl role -> r.role(role, role.name(), role.vars());
            case Ast.DefDecl def -> new Ast.DefDecl(def.name(), def.params(),
                    r.expr(def.body(), paramNames(def)), def.span());
            case Ast.InvariantDecl i -> new Ast.InvariantDecl(i.name(), r.expr(i.body()), i.span());
            case Ast.PropertyDecl p -> new Ast.PropertyDecl(p.name(), r.expr(p.body()), p.span());
            case Ast.ModelDecl m -> new Ast.ModelDecl(m.name(), m.bindings().stream()
                    .map(b -> new Ast.Binding(b.name(), r.expr(b.value()))).toList(), m.checks(), m.symmetric(),
                    r.expr(m.constraint()), m.crashes(), m.span());
            case Ast.InitDecl i -> new Ast.InitDecl(i.name(), r.expr(i.body()), i.span());
            case Ast.FairGroupDecl f -> f;
            case Ast.InstanceDecl i -> i;
        };
    }

    private static Set<String> paramNames(Ast.DefDecl def) {
        Set<String> names = new HashSet<>();
        for (Ast.ParamDecl p : def.params()) names.add(p.name().name());
        return names;
    }

    // ---- one instance -------------------------------------------------------------------------

    private Expanded expand(Ast.InstanceDecl inst, Path baseDir, Deque<Path> stack, Ast.NetworkDecl network) {
        Path file = baseDir.resolve(inst.file().value()).normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (stack.contains(absolute)) {
            List<String> chain = new ArrayList<>();
            stack.descendingIterator().forEachRemaining(p -> chain.add(p.getFileName().toString()));
            chain.add(absolute.getFileName().toString());
            diags.error(Code.INSTANCE_CYCLE, inst.file().span(), "instance " + inst.name().name() + " makes a cycle"
                    + " of instantiations: " + String.join(" -> ", chain));
            return null;
        }
        Ast.Spec inner = load(inst, file, absolute, stack);
        if (inner == null) return null;
        return new Qualifier(inst, inner, absolute.toString()).expand(network);
    }

    /** The instantiated file parsed, its own instances expanded and checked; null (and reported) on errors. */
    private Ast.Spec load(Ast.InstanceDecl inst, Path file, Path absolute, Deque<Path> stack) {
        SourceFile source;
        try {
            // Only a regular file: a device or a pipe could never end.
            if (!Files.isRegularFile(file)) throw new IOException("not a regular file");
            source = SourceFile.read(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            String why = Files.isDirectory(file) ? "it is a directory" : !Files.exists(file) ? "no such file"
                    : Files.isRegularFile(file) ? "it cannot be read" : "it is not a regular file";
            diags.error(Code.INSTANCE_FILE_UNREADABLE, inst.file().span(), "cannot read " + file + ": " + why,
                    "an instance's path is relative to the directory of the spec that instantiates it");
            return null;
        }
        Diagnostics own = new Diagnostics();
        Ast.Spec inner = Parser.parse(source, own);
        for (Ast.Decl d : inner.decls()) {
            // Its groups would come from that spec's models, which an instance drops.
            if (d instanceof Ast.InstanceDecl i && i.partition() != null) {
                own.error(Code.PARTITION_NESTED, i.name().span(), "partitioned instance " + i.name().name()
                        + " in an instantiated spec: its groups would come from that spec's models, which are dropped",
                        "partition at the outermost spec, whose models bind the groups");
            }
        }
        if (!own.hasErrors()) {
            stack.push(absolute);
            inner = new Instances(own).expandAll(inner, file.getParent() == null ? Path.of(".") : file.getParent(),
                    stack);
            stack.pop();
        }
        // Checked on its own, so that its errors read as they would for that file alone (its names unqualified).
        if (!own.hasErrors()) Checker.check(inner, source, own);
        if (!own.hasErrors()) return inner;
        int errors = 0;
        for (Diagnostic d : own.sorted()) {
            if (d.severity() == dev.lockstep.lang.diag.Severity.ERROR) {
                diags.add(d);
                errors++;
            }
        }
        diags.error(Code.INSTANCE_HAS_ERRORS, inst.file().span(), "instance " + inst.name().name() + ": " + file
                + " has " + errors + (errors == 1 ? " error" : " errors") + " (reported at their places in it)");
        return null;
    }

    /** Qualifies the declarations of one instantiated spec. */
    private final class Qualifier implements AstRenamer.Renaming {
        private final Ast.InstanceDecl inst;
        private final Ast.Spec inner;
        private final String fileKey;
        private final String prefix;
        private final Map<String, String> members = new LinkedHashMap<>();
        private final Set<String> messages = new HashSet<>();

        Qualifier(Ast.InstanceDecl inst, Ast.Spec inner, String fileKey) {
            this.inst = inst;
            this.inner = inner;
            this.fileKey = fileKey;
            this.prefix = inst.name().name() + "_";
            for (Ast.Decl d : inner.decls()) {
                switch (d) {
                    case Ast.ConstDecl c -> members.put(c.name().name(), prefix + c.name().name());
                    case Ast.MessageDecl m -> {
                        members.put(m.name().name(), prefix + m.name().name());
                        messages.add(m.name().name());
                    }
                    case Ast.RoleDecl r -> members.put(r.name().name(), prefix + r.name().name());
                    case Ast.DefDecl def -> members.put(def.name().name(), prefix + def.name().name());
                    case Ast.InvariantDecl i -> members.put(i.name().name(), prefix + i.name().name());
                    case Ast.PropertyDecl p -> members.put(p.name().name(), prefix + p.name().name());
                    case Ast.InitDecl i -> members.put(i.name().name(), prefix + i.name().name());
                    case Ast.FairGroupDecl f -> members.put(f.name().name(), prefix + f.name().name());
                    case Ast.EnumDecl e -> { }
                    case Ast.NetworkDecl n -> { }
                    case Ast.ModelDecl m -> { }
                    case Ast.InstanceDecl i -> { }
                }
            }
        }

        @Override
        public Ast.Expr name(Ast.Name name) {
            String q = members.get(name.name());
            return q == null ? name : new Ast.Name(q, name.span());
        }

        @Override
        public String callee(String name) { return members.getOrDefault(name, name); }

        @Override
        public String message(String name) { return messages.contains(name) ? prefix + name : name; }

        Expanded expand(Ast.NetworkDecl network) {
            List<Ast.Decl> bindings = bindings();
            checkNetwork(network);
            AstRenamer renamer = new AstRenamer(this);
            List<Ast.Decl> out = new ArrayList<>();
            for (Ast.Decl d : inner.decls()) {
                switch (d) {
                    case Ast.EnumDecl e -> {
                        if (emittedEnums.add(fileKey + "#" + e.name().name())) out.add(e);
                    }
                    case Ast.MessageDecl m -> out.add(new Ast.MessageDecl(qualified(m.name()),
                            renamer.fieldDecls(m.fields()), m.span()));
                    case Ast.RoleDecl r -> out.add(renamer.role(r, qualified(r.name()), namedEnums(r, out)));
                    case Ast.DefDecl def -> {
                        List<Ast.ParamDecl> params = def.params().stream()
                                .map(p -> new Ast.ParamDecl(p.name(), renamer.type(p.type()))).toList();
                        out.add(new Ast.DefDecl(qualified(def.name()), params,
                                renamer.expr(def.body(), paramNames(def)), def.span()));
                    }
                    case Ast.InvariantDecl i -> out.add(new Ast.InvariantDecl(qualified(i.name()),
                            renamer.expr(i.body()), i.span()));
                    case Ast.PropertyDecl p -> out.add(new Ast.PropertyDecl(qualified(p.name()),
                            renamer.expr(p.body()), p.span()));
                    // The instance's initial states obey its init predicates, and its fairness covers its actions.
                    case Ast.InitDecl i -> out.add(new Ast.InitDecl(qualified(i.name()), renamer.expr(i.body()),
                            i.span()));
                    case Ast.FairGroupDecl f -> out.add(new Ast.FairGroupDecl(qualified(f.name()), f.strong(),
                            f.actions().stream().map(a -> new Ast.ActionRef(qualified(a.role()), a.action())).toList(),
                            f.span()));
                    case Ast.ConstDecl c -> { }
                    case Ast.NetworkDecl n -> { }
                    case Ast.ModelDecl m -> { }
                    case Ast.InstanceDecl i -> { }
                }
            }
            return new Expanded(inst, out, bindings, members);
        }

        private Ast.Ident qualified(Ast.Ident name) {
            return new Ast.Ident(prefix + name.name(), name.span());
        }

        /** {@code I_C == e} for each binding {@code C <- e}; the unbound and unknown constants reported. */
        private List<Ast.Decl> bindings() {
            Map<String, Ast.ConstDecl> consts = new LinkedHashMap<>();
            for (Ast.Decl d : inner.decls()) if (d instanceof Ast.ConstDecl c) consts.put(c.name().name(), c);
            Map<String, Ast.Binding> bound = new HashMap<>();
            List<Ast.Decl> defs = new ArrayList<>();
            for (Ast.Binding b : inst.with()) {
                String c = b.name().name();
                if (!consts.containsKey(c)) {
                    diags.error(Code.INSTANCE_UNKNOWN_CONSTANT, b.name().span(), c + " is not a constant of "
                            + inst.file().value(), consts.isEmpty() ? "it declares no constants"
                            : "its constants: " + String.join(", ", consts.keySet()));
                } else if (bound.containsKey(c)) {
                    diags.error(Code.INSTANCE_CONSTANT_BOUND_TWICE, b.name().span(), "instance "
                            + inst.name().name() + " binds " + c + " twice", "first bound at "
                            + bound.get(c).name().span().location());
                } else {
                    bound.put(c, b);
                    defs.add(new Ast.DefDecl(new Ast.Ident(prefix + c, b.name().span()), List.of(), b.value(),
                            b.name().span().to(b.value().span())));
                }
            }
            for (Ast.ConstDecl c : consts.values()) {
                if (!bound.containsKey(c.name().name())) {
                    diags.error(Code.INSTANCE_UNBOUND_CONSTANT, inst.name().span(), "instance " + inst.name().name()
                            + " does not bind constant " + c.name().name() + " of " + inst.file().value(),
                            "bind it:  with " + c.name().name() + " <- <expression of type " + c.type().span().text()
                                    + ">");
                }
            }
            return defs;
        }

        private void checkNetwork(Ast.NetworkDecl outer) {
            Ast.NetworkDecl own = null;
            for (Ast.Decl d : inner.decls()) if (d instanceof Ast.NetworkDecl n && own == null) own = n;
            if (outer == null || own == null) return;
            if (!describe(own).equals(describe(outer))) {
                diags.error(Code.INSTANCE_NETWORK_MISMATCH, inst.span(), "instance " + inst.name().name() + ": "
                        + inst.file().value() + " assumes network " + own.span().text().substring(8).trim()
                        + ", this spec declares network " + outer.span().text().substring(8).trim(),
                        "an instance's messages travel on this spec's network, so both must promise the same delivery");
            }
        }

        private static Set<String> describe(Ast.NetworkDecl n) {
            Set<String> words = new TreeSet<>();
            words.add("kind " + n.name().name());
            for (Ast.Ident f : n.faults()) words.add(f.name());
            return words;
        }

        /** The role's variables, each inline enum replaced by the named enum {@code Role_var} (emitted once). */
        private List<Ast.VarDecl> namedEnums(Ast.RoleDecl r, List<Ast.Decl> out) {
            List<Ast.VarDecl> vars = new ArrayList<>();
            for (Ast.VarDecl v : r.vars()) {
                if (v.type() instanceof Ast.InlineEnum e) {
                    String name = r.name().name() + "_" + v.name().name();
                    if (emittedEnums.add(fileKey + "#" + name)) {
                        out.add(new Ast.EnumDecl(new Ast.Ident(name, e.span()), e.labels(), e.span()));
                    }
                    v = new Ast.VarDecl(v.name(), new Ast.NamedType(new Ast.Ident(name, e.span()), e.span()),
                            v.initFromSet(), v.init(), v.durable(), v.ghost(), v.stable(), v.span());
                }
                vars.add(v);
            }
            return vars;
        }
    }

    // ---- clashes ------------------------------------------------------------------------------

    /** A name (or enum label) an instance brings that another declaration of the flattened spec also has. */
    private void refuseClashes(List<Ast.Decl> own, List<Ast.Decl> fromInstances, Map<String, Expanded> instances) {
        Map<String, Span> taken = new HashMap<>();
        for (Ast.Decl d : own) for (Ast.Ident n : names(d)) taken.putIfAbsent(n.name(), n.span());
        for (Expanded e : instances.values()) {
            Span previous = taken.get(e.decl().name().name());
            if (previous != null) {
                diags.error(Code.INSTANCE_NAME_CLASH, e.decl().name().span(), "instance name "
                        + e.decl().name().name() + " is also declared at " + previous.location());
            }
        }
        for (Ast.Decl d : fromInstances) {
            for (Ast.Ident n : names(d)) {
                Span previous = taken.putIfAbsent(n.name(), n.span());
                if (previous != null) {
                    diags.error(Code.INSTANCE_NAME_CLASH, n.span(), "instantiating declares " + n.name()
                            + ", which is already declared at " + previous.location(),
                            "rename one of them, or the instance (its names are qualified by it)");
                }
            }
        }
    }

    private static List<Ast.Ident> names(Ast.Decl d) {
        List<Ast.Ident> names = new ArrayList<>();
        if (!(d instanceof Ast.NetworkDecl) && !(d instanceof Ast.InstanceDecl)) names.add(d.name());
        if (d instanceof Ast.EnumDecl e) names.addAll(e.labels());
        if (d instanceof Ast.RoleDecl r) {
            for (Ast.VarDecl v : r.vars()) {
                if (v.type() instanceof Ast.InlineEnum e) names.addAll(e.labels());
            }
        }
        return names;
    }
}
