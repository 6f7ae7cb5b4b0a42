package dev.lockstep.lang.transform;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code lockstep transform reliable}: carries a spec written for a reliable {@code set} network to a lossy one
 * (Verdi's system transformers), by rewriting its text where it changes (docs/transforms.md). Every message type a
 * role sends gets an acknowledgement message, the sender a {@code pending} set of unacknowledged messages and a
 * retransmit timer, and the receiver a {@code seen} set so that each message is handled once and acknowledged
 * again when it comes back. Invariants and properties that read the network are left out: the messages they speak
 * of may now be lost. The output is compiled before it is returned, so a transform never writes a broken spec.
 */
public final class ReliableTransform {
    /** The only target network this transform writes. */
    public static final String TARGET = "set lossy";
    /** The delay bounds of the added retransmit timers. */
    static final String RETRANSMIT_TIMER = "timer(200ms..400ms)";

    private final SourceFile source;
    private final Ast.Spec ast;
    private final CheckedSpec spec;
    private final TextEdits edits;
    private final List<Diagnostic> refusals = new ArrayList<>();
    /** Each declared message type's payload fields as written ({@code name: type}), in declaration order. */
    private final Map<String, List<String[]>> fields = new LinkedHashMap<>();
    /** The IR send statements by the offset where they start, to know whether a target is one node or a set. */
    private final Map<Integer, Stmt.Send> sendsAt = new HashMap<>();
    /** The models to keep, or null for all. */
    private final Set<String> models;

    private ReliableTransform(SourceFile source, Ast.Spec ast, CheckedSpec spec, Set<String> models) {
        this.models = models;
        this.source = source;
        this.ast = ast;
        this.spec = spec;
        this.edits = new TextEdits(source.text());
    }

    /** The transformed text of {@code source}, with all its models. */
    public static Result<String> transform(SourceFile source, String network) {
        return transform(source, network, null);
    }

    /**
     * The transformed text of {@code source}, or the diagnostics that say why the transform does not apply;
     * {@code models} are the models to keep (null: all).
     */
    public static Result<String> transform(SourceFile source, String network, Set<String> models) {
        Frontend.Compilation compiled = Frontend.compile(source);
        if (!compiled.ok()) return Result.failed(compiled.diagnostics());
        if (!TARGET.equals(network.trim().replaceAll("\\s+", " "))) {
            return Result.failed(Diagnostic.error(Code.TRANSFORM_NETWORK, source.span(0, 0), "transform reliable "
                    + "writes a spec for network '" + TARGET + "', not '" + network + "'",
                    "bag and fifo targets need sequence numbers and a bound on them; they are not supported yet"));
        }
        CheckedSpec spec = compiled.spec().orElseThrow();
        if (models != null) {
            for (String m : models) {
                if (spec.model(m).isEmpty()) return Result.failed(Diagnostic.error(Code.UNKNOWN_MODEL,
                        source.span(0, 0), "spec " + spec.name() + " has no model '" + m + "' to keep",
                        "its models are " + spec.models().stream().map(CheckedSpec.Model::name).toList()));
            }
        }
        return new ReliableTransform(source, compiled.syntax().orElseThrow(), spec, models).run();
    }

    private Result<String> run() {
        checkApplies();
        if (!refusals.isEmpty()) return Result.failed(refusals);
        for (Ast.Decl d : ast.decls()) {
            if (d instanceof Ast.MessageDecl m) {
                fields.put(m.name().name(), m.fields().stream()
                        .map(f -> new String[] {f.name().name(), f.type().span().text()}).toList());
            }
        }
        for (CheckedSpec.Role role : spec.roles()) {
            for (CheckedSpec.Action a : role.actions()) {
                for (Stmt s : a.effects()) if (s instanceof Stmt.Send send) sendsAt.put(send.span().start(), send);
            }
        }
        checkNamesAreFree();
        if (!refusals.isEmpty()) return Result.failed(refusals);
        header();
        messagesAndNetwork();
        for (Ast.Decl d : ast.decls()) if (d instanceof Ast.RoleDecl r) new RoleRewrite(this, r).run();
        if (!refusals.isEmpty()) return Result.failed(refusals);
        new NetworkReadersOmitted(source, ast, edits, models).run();
        String out = edits.apply();
        Frontend.Compilation check = Frontend.compile(new SourceFile(source.name(), out));
        if (!check.ok()) {
            return Result.failed(Diagnostic.error(Code.TRANSFORM_OUTPUT_INVALID, source.span(0, 0),
                    "the transformed spec does not compile: " + check.diagnostics().getFirst().message(),
                    "a name the transform adds may clash with one of the spec's (" + check.diagnostics().getFirst()
                            .span().location() + " of the output)"));
        }
        return Result.ok(out);
    }

    /** The constructs this transform does not handle, each refused at its place. */
    private void checkApplies() {
        CheckedSpec.Network net = spec.network();
        if (net.kind() != CheckedSpec.NetworkKind.SET || net.lossy() || net.duplicating()) {
            refuse(Code.TRANSFORM_NETWORK, net.span() != null ? net.span() : source.span(0, 0),
                    "transform reliable starts from a reliable 'network set', not this network",
                    "the transform adds what a lossy network takes away; the spec must assume none of it yet");
        }
        for (Ast.Decl d : ast.decls()) {
            switch (d) {
                case Ast.InstanceDecl i -> refuse(Code.TRANSFORM_UNSUPPORTED, i.span(),
                        "transform reliable does not rewrite specs with instances", "transform the instantiated spec");
                case Ast.RoleDecl r -> {
                    if (r.crashes()) refuse(Code.TRANSFORM_UNSUPPORTED, r.name().span(), "transform reliable does not"
                            + " rewrite crashing roles (role " + r.name().name() + ")",
                            "whether pending and seen messages survive a crash is a design choice the transform "
                                    + "cannot make");
                    for (Ast.ActionDecl a : r.actions()) {
                        if (a.trigger() instanceof Ast.OnReceiveAll) refuse(Code.TRANSFORM_UNSUPPORTED, a.span(),
                                "transform reliable does not rewrite quorum receives (" + r.name().name() + "."
                                        + a.name().name() + ")", "acknowledge each message with a plain on receive");
                    }
                }
                default -> { }
            }
        }
    }

    /** The names the transform adds must not be taken. */
    private void checkNamesAreFree() {
        Set<String> taken = new LinkedHashSet<>(fields.keySet());
        for (CheckedSpec.Role r : spec.roles()) {
            for (CheckedSpec.Var v : r.vars()) taken.add(r.name() + "." + v.name());
            for (CheckedSpec.Action a : r.actions()) taken.add(r.name() + "." + a.name());
        }
        for (String m : sentTypes()) {
            if (taken.contains(ackOf(m))) refuse(Code.TRANSFORM_NAME_CLASH, spec.message(ackOf(m)).orElseThrow().span(),
                    "the transform would declare message " + ackOf(m) + ", but the spec already has one",
                    "rename it");
        }
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.RoleDecl r)) continue;
            String role = r.name().name();
            for (String added : RoleRewrite.addedNames(this, r)) {
                if (taken.contains(role + "." + added)) refuse(Code.TRANSFORM_NAME_CLASH, r.name().span(),
                        "the transform would add " + added + " to role " + role + ", which already has one",
                        "rename the role's " + added);
            }
        }
    }

    private void header() {
        String name = ast.name().name();
        String keep = models == null ? "" : " --models " + String.join(",", models);
        edits.insert(0, "\\* Written by `lockstep transform reliable --network '" + TARGET + "'" + keep + "` from "
                + fileName() + ":\n\\* acknowledgements, retransmit timers and deduplication added "
                + "(docs/transforms.md). Regenerate it rather than edit it.\n"
                + (source.text().startsWith("\\*") ? "\\* The original's header follows.\n" : "\n"));
        edits.replace(ast.name().span().start(), ast.name().span().end(), name + "Lossy");
    }

    private String fileName() {
        return SpecText.fileName(source);
    }

    private void messagesAndNetwork() {
        int lastMessageEnd = -1;
        Ast.NetworkDecl network = null;
        for (Ast.Decl d : ast.decls()) {
            if (d instanceof Ast.MessageDecl m) lastMessageEnd = Math.max(lastMessageEnd, m.span().end());
            if (d instanceof Ast.NetworkDecl n) network = n;
        }
        StringBuilder acks = new StringBuilder("\n\\* Added by the transform: each acknowledgement carries the payload"
                + " it acknowledges.");
        for (String m : sentTypes()) acks.append("\nmessage ").append(ackOf(m)).append(payloadDecl(m));
        if (lastMessageEnd < 0) lastMessageEnd = ast.name().span().end();
        edits.insert(lastMessageEnd, acks.toString());
        if (network != null) {
            // The original's comment on its network, if any, spoke of the reliable one: it goes.
            String text = source.text();
            int lineEnd = text.indexOf('\n', network.span().end());
            if (lineEnd < 0) lineEnd = text.length();
            boolean commentOnly = text.substring(network.span().end(), lineEnd).strip().startsWith("\\*");
            edits.replace(network.span().start(), commentOnly ? lineEnd : network.span().end(), "network " + TARGET
                    + "                           \\* a message may be lost: retransmitted until acknowledged");
        }
        else edits.insert(lastMessageEnd, "\n\nnetwork " + TARGET);
    }

    /** {@code  { f: T, ... }}, or nothing for a message without fields. */
    private String payloadDecl(String message) {
        List<String[]> fs = fields.get(message);
        if (fs.isEmpty()) return "";
        return " { " + fs.stream().map(f -> f[0] + ": " + f[1]).collect(Collectors.joining(", ")) + " }";
    }

    /** The message types some action sends, in declaration order. */
    Set<String> sentTypes() {
        Set<String> sent = new LinkedHashSet<>();
        for (String m : fields.keySet()) {
            for (CheckedSpec.Role r : spec.roles()) {
                for (CheckedSpec.Action a : r.actions()) {
                    for (Stmt s : a.effects()) if (s instanceof Stmt.Send send && send.messageType().equals(m)) sent.add(m);
                }
            }
        }
        return sent;
    }

    static String ackOf(String message) { return "Ack" + message; }

    List<String[]> fieldsOf(String message) { return fields.get(message); }

    Stmt.Send sendAt(int offset) { return sendsAt.get(offset); }

    SourceFile source() { return source; }

    TextEdits edits() { return edits; }

    void refuse(Code code, Span at, String message, String... notes) {
        refusals.add(Diagnostic.error(code, at, message, notes));
    }
}
