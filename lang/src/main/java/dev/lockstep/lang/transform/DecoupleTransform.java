package dev.lockstep.lang.transform;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code lockstep transform decouple FILE --action R.A --proxies K} (seed 003, §4): the broadcast of action
 * {@code R.A} goes through a remote proxy. The action sends its message to one proxy of its choice (a new parameter
 * over the proxies), and the proxy forwards it to the broadcast's destinations. Safe where receivers already
 * tolerate the delay and reordering a proxy adds: on {@code set} and {@code bag} networks, on {@code fifo} only with
 * one proxy and no other message from the sender (else its order changes); and only when no receiver reads the
 * message's sender, which the proxy replaces. Refused elsewhere, at the spec text responsible.
 */
public final class DecoupleTransform extends RoleTransform {
    private final Ast.ActionDecl action;
    private final int proxies;

    private DecoupleTransform(Roles.Found found, Ast.ActionDecl action, int proxies, Set<String> models) {
        super(found, models);
        this.action = action;
        this.proxies = proxies;
    }

    /** The decoupled text of {@code source}; {@code target} is {@code Role.Action}. */
    public static Result<String> transform(SourceFile source, String target, int proxies) {
        return transform(source, target, proxies, null);
    }

    /** As above, keeping only the models in {@code models} (null: all). */
    public static Result<String> transform(SourceFile source, String target, int proxies, Set<String> models) {
        String[] parts = target.split("\\.", 2);
        Result<Roles.Found> found = Roles.load(source, parts[0]);
        if (!(found instanceof Result.Ok<Roles.Found> ok)) return Result.failed(found.diagnostics());
        Ast.RoleDecl role = ok.value().role();
        Ast.ActionDecl action = parts.length < 2 ? null : role.actions().stream()
                .filter(a -> a.name().name().equals(parts[1])).findFirst().orElse(null);
        if (action == null) {
            return Result.failed(Diagnostic.error(Code.TRANSFORM_TARGET_UNKNOWN, role.name().span(), "role "
                    + parts[0] + " has no action '" + (parts.length < 2 ? "" : parts[1]) + "' (--action Role.Action)",
                    "its actions are " + role.actions().stream().map(a -> a.name().name()).toList()));
        }
        if (proxies < 1) {
            return Result.failed(Diagnostic.error(Code.DECOUPLE_UNSUPPORTED, action.name().span(),
                    "transform decouple needs --proxies 1 or more, not " + proxies));
        }
        return new DecoupleTransform(ok.value(), action, proxies, models).run();
    }

    private String proxyRole() { return action.name().name() + "Proxy"; }

    private String proxySet() { return action.name().name() + "Proxies"; }

    @Override
    Result<String> run() {
        CheckedSpec.Role ir = spec.role(role.name().name()).orElseThrow();
        CheckedSpec.Action a = ir.actions().stream().filter(x -> x.name().equals(action.name().name())).findFirst()
                .orElseThrow();
        List<Stmt.Send> broadcasts = new ArrayList<>();
        for (Stmt s : a.effects()) if (s instanceof Stmt.Send send && send.toSet()) broadcasts.add(send);
        checkNetwork(ir);
        if (broadcasts.size() != 1) {
            refuse(Code.DECOUPLE_UNSUPPORTED, action.name().span(), "transform decouple routes one broadcast (a send "
                    + "to a set of nodes); " + ir.name() + "." + a.name() + " has " + broadcasts.size());
        }
        if (!refusals.isEmpty()) return Result.failed(refusals);
        Stmt.Send broadcast = broadcasts.getFirst();
        if (!(broadcast.to() instanceof Expr.ConstRef)) {
            refuse(Code.DECOUPLE_UNSUPPORTED, broadcast.to().span(), "the broadcast's destinations `"
                    + broadcast.to().span().text() + "` are computed by the sender; a proxy can only forward to a "
                    + "constant set of nodes");
        }
        checkReceiversIgnoreTheSender(broadcast.messageType());
        checkNamesAreFree();
        if (!refusals.isEmpty()) return Result.failed(refusals);
        String name = ir.name() + "." + a.name();
        edits.insert(0, SpecText.header(source, "decouple --action " + name + " --proxies " + proxies + SpecText.modelsOption(models), "the broadcast of "
                + name + " goes through one of " + proxies + " proxies (role " + proxyRole() + ")"));
        edits.replace(ast.name().span().start(), ast.name().span().end(), ast.name().name() + "Decoupled");
        Ast.Send send = astSend(broadcast);
        String param = freshParam();
        parameter(param);
        edits.replace(send.to().span().start(), send.to().span().end(), param);
        constant();
        proxyRole(send);
        models();
        return SpecText.finish(source, "decouple", edits.apply(), models);
    }

    /** The seed's rule: on fifo, a proxy must carry all of a channel, so one proxy and no other message. */
    private void checkNetwork(CheckedSpec.Role ir) {
        CheckedSpec.Network net = spec.network();
        if (net.kind() != CheckedSpec.NetworkKind.FIFO) return;
        Span at = net.span() != null ? net.span() : action.name().span();
        if (proxies > 1) {
            refuse(Code.DECOUPLE_UNSAFE, at, "transform decouple does not put " + proxies + " proxies on a fifo "
                    + "network: two messages of one channel could take different proxies and arrive out of order",
                    "seed 003: on fifo, each (src, dst) channel must go through one proxy; use --proxies 1");
            return;
        }
        for (CheckedSpec.Action other : ir.actions()) {
            for (Stmt s : other.effects()) {
                if (s instanceof Stmt.Send send && !send.span().equals(firstBroadcastSpan())) {
                    refuse(Code.DECOUPLE_UNSAFE, send.span(), "on a fifo network, this send of " + ir.name()
                            + " would bypass the proxy and overtake or be overtaken by the decoupled broadcast",
                            "seed 003: on fifo, each (src, dst) channel must go through one proxy");
                    return;
                }
            }
        }
    }

    private Span firstBroadcastSpan() {
        for (Ast.Stmt s : action.body()) {
            if (s instanceof Ast.Send send) return source.span(send.span().start(), send.span().end());
        }
        return null;
    }

    /** A receiver that reads {@code m.src} would see the proxy instead of the sender. */
    private void checkReceiversIgnoreTheSender(String type) {
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.RoleDecl r)) continue;
            for (Ast.ActionDecl a : r.actions()) {
                if (!(a.trigger() instanceof Ast.OnReceive rcv) || !rcv.messageType().name().equals(type)) continue;
                var m = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(rcv.messageVar().name()) + "\\.src\\b")
                        .matcher(a.span().text());
                if (m.find()) {
                    refuse(Code.DECOUPLE_UNSAFE, source.span(a.span().start() + m.start(), a.span().start() + m.end()),
                            r.name().name() + "." + a.name().name() + " reads the sender of " + type + ", which a proxy "
                                    + "would replace", "decouple a broadcast whose receivers do not depend on its sender");
                }
            }
        }
    }

    private void checkNamesAreFree() {
        Set<String> taken = new HashSet<>();
        spec.consts().forEach(c -> taken.add(c.name()));
        spec.roles().forEach(r -> taken.add(r.name()));
        for (String n : List.of(proxyRole(), proxySet())) {
            if (taken.contains(n)) refuse(Code.TRANSFORM_NAME_CLASH, action.name().span(), "transform decouple would "
                    + "declare " + n + ", but the spec already has one", "rename it");
        }
    }

    private Ast.Send astSend(Stmt.Send ir) {
        for (Ast.Stmt s : action.body()) {
            if (s instanceof Ast.Send send && send.span().start() == ir.span().start()) return send;
        }
        throw new IllegalStateException("no send at " + ir.span());
    }

    private String freshParam() {
        for (String candidate : List.of("proxy", "proxy1", "viaProxy")) {
            if (!Pattern.compile("(?<![A-Za-z0-9_])" + candidate + "(?![A-Za-z0-9_])").matcher(action.span().text()).find()) {
                return candidate;
            }
        }
        return "proxy_";
    }

    /** {@code (..., proxy \in AProxies)}: the sender picks the proxy of each broadcast. */
    private void parameter(String param) {
        String added = param + " \\in " + proxySet();
        String text = source.text();
        if (!action.params().isEmpty()) {
            int close = text.indexOf(')', action.params().getLast().domain().span().end());
            edits.insert(close, ", " + added);
            return;
        }
        Span name = action.name().span();
        boolean written = name.end() <= text.length() && text.substring(name.start(), name.end())
                .equals(action.name().name());
        int at = written ? name.end() : action.trigger() instanceof Ast.OnReceive r ? r.messageType().span().end()
                : name.end();
        edits.insert(at, "(" + added + ")");
    }

    private void constant() {
        int lastConst = -1;
        for (Ast.Decl d : ast.decls()) if (d instanceof Ast.ConstDecl c) lastConst = Math.max(lastConst, c.span().end());
        String text = source.text();
        int at = lastConst < 0 ? ast.name().span().end() : text.indexOf('\n', lastConst);
        edits.insert(at < 0 ? text.length() : at, "\nconst " + proxySet() + ": set<node>    \\* added: the proxies of "
                + role.name().name() + "." + action.name().name() + "'s broadcast");
    }

    /** The proxy role, after the sender's role: it forwards each message it receives to the destinations. */
    private void proxyRole(Ast.Send send) {
        String type = send.messageType().name();
        List<String> fields = new ArrayList<>();
        for (Ast.FieldInit f : send.fields()) fields.add(f.name().name() + ": m." + f.name().name());
        String payload = fields.isEmpty() ? " {}" : " { " + String.join(", ", fields) + " }";
        edits.insert(role.span().end(), "\n\n\\* Added by the transform: a remote proxy for the broadcast of "
                + role.name().name() + "." + action.name().name() + " (seed 003, section 4).\nrole " + proxyRole()
                + " at " + proxySet() + " {\n  fair on receive m: " + type + " as Forward" + type + "\n    do send "
                + type + payload + " to " + send.to().span().text() + "\n}");
    }

    /** Each model binds the proxies to fresh nodes. */
    private void models() {
        String prefix = Character.toLowerCase(action.name().name().charAt(0)) + action.name().name().substring(1)
                + "Proxy";
        List<String> nodes = new ArrayList<>();
        for (int i = 1; i <= proxies; i++) nodes.add(prefix + i);
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.ModelDecl m) || m.bindings().isEmpty()) continue;
            Ast.Binding last = m.bindings().getLast();
            edits.insert(last.value().span().end(), "  " + proxySet() + " = {" + String.join(", ", nodes) + "}");
        }
    }

}
