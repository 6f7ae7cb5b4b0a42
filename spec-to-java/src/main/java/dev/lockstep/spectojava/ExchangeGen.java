package dev.lockstep.spectojava;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The f1/f2/f3 projection of one exchange (docs/spec-to-java.md, "Exchanges: f1/f2/f3"): the request (msg1) and
 * reply (msg2) records, and a class of pure static functions: {@code initiates} (the guard's initiator part),
 * {@code f1} at the initiator, {@code f2} at the receiver, {@code f3} at the initiator. The split is
 * {@link ExchangeSplit}'s.
 */
final class ExchangeGen {
    private static final String[] RESERVED = {"constants", "layers", "self", "s", "msg1", "msg2"};

    private final CheckedSpec.Role role;
    private final ExchangeSplit split;
    private final TypeMapper types;
    private final UnitFactory units;
    private final TypeMapper.ExchangeNames names;
    private final String state;
    private final ValueTypes values;
    /** Whether the role reads lower layers: then every function takes the node's {@code Layers}. */
    private final boolean layered;

    ExchangeGen(CheckedSpec.Role role, ExchangeSplit split, TypeMapper types, UnitFactory units, ValueTypes values) {
        this.values = values;
        this.role = role;
        this.split = split;
        this.types = types;
        this.units = units;
        this.names = types.exchanges.get(split.action().qualifiedName());
        this.state = types.states.get(role.name());
        this.layered = !LayerReads.of(role).isEmpty();
    }

    List<CompilationUnit> units() {
        return List.of(
                message(names.request(), "msg1",
                        "the initiator and the variables of its old state that the receiver reads.", true,
                        split.msg1(), split.msg1Layers()),
                message(names.reply(), "msg2",
                        "the variables of the receiver's old state that the initiator's new values read.", false,
                        split.msg2(), split.msg2Layers()),
                projection());
    }

    /**
     * The record of one message of the exchange ({@code msg1} or {@code msg2}) with its ITF codec: the initiator
     * when {@code withInitiator}, then the role's variables {@code vars} and the lower layers' {@code layers}.
     */
    private CompilationUnit message(String name, String msg, String carries, boolean withInitiator, List<Integer> vars,
                                    List<Expr.RemoteVar> layers) {
        CompilationUnit cu = units.unit("dev.lockstep.runtime.api.Itf", "dev.lockstep.runtime.api.ItfEncodable",
                "dev.lockstep.runtime.api.NodeId", "dev.lockstep.runtime.api.SpecValues", "java.util.List",
                "java.util.Map", "java.util.Set", "javax.annotation.processing.Generated");
        RecordDeclaration r = new RecordDeclaration(new NodeList<>(Modifier.publicModifier()), name);
        cu.addType(r);
        String what = msg + " of exchange " + split.action().qualifiedName();
        units.generated(r, what + ": " + carries, split.exchange().span());
        List<ValueTypes.Field> fields = new ArrayList<>();
        if (withInitiator) {
            r.addParameter(new Parameter(J.type("NodeId"), "initiator"));
            fields.add(new ValueTypes.Field("initiator", "initiator", dev.lockstep.lang.types.Type.NODE));
        }
        for (int i : vars) r.addParameter(component(i));
        for (Expr.RemoteVar l : layers) r.addParameter(component(l));
        fields.addAll(fields(vars, layers));
        values.itfCodec(r, fields, what, split.exchange().span());
        return cu;
    }

    private List<ValueTypes.Field> fields(List<Integer> vars, List<Expr.RemoteVar> layers) {
        List<ValueTypes.Field> out = new ArrayList<>();
        for (int i : vars) {
            CheckedSpec.Var v = role.vars().get(i);
            out.add(new ValueTypes.Field(v.name(), Names.member(v.name()), v.type()));
        }
        for (Expr.RemoteVar l : layers) out.add(new ValueTypes.Field(LayerReads.itfField(l), LayerReads.component(l), l.type()));
        return out;
    }

    /** A lower layer's variable the message carries ({@code reads L}). */
    private Parameter component(Expr.RemoteVar layer) {
        return new Parameter(types.java(layer.type()), LayerReads.component(layer));
    }

    private Parameter component(int varIndex) {
        CheckedSpec.Var v = role.vars().get(varIndex);
        return new Parameter(types.java(v.type()), Names.member(v.name()));
    }

    private CompilationUnit projection() {
        CompilationUnit cu = units.unit("dev.lockstep.runtime.api.ExchangeSpec", "dev.lockstep.runtime.api.NodeId",
                "dev.lockstep.runtime.api.SpecValues", "java.util.List", "java.util.Optional", "java.util.Set",
                "javax.annotation.processing.Generated");
        if (layered) cu.addImport("dev.lockstep.runtime.api.Layers");
        ClassOrInterfaceDeclaration c = cu.addClass(names.projection(), Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
        units.generated(c, "Exchange " + split.action().qualifiedName() + " as three messages' worth of pure functions"
                + " (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic"
                + " update of the initiator and the receiver.", split.action().span());
        c.addConstructor(Modifier.Keyword.PRIVATE);
        c.getConstructors().get(0).setJavadocComment(" Static functions only. (spec: "
                + Locations.of(split.action().span()) + ") ");
        RecordDeclaration answer = new RecordDeclaration(new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier()), "Answer");
        units.generated(answer, "What f2 returns: the receiver's new state, and the reply, empty when the receiver's part"
                + " of the guard is false (then the state is unchanged and no exchange happened).", split.exchange().span());
        answer.addParameter(new Parameter(J.type(state), "state"));
        answer.addParameter(new Parameter(J.type("Optional", J.type(names.reply())), "reply"));
        c.addMember(answer);
        c.addMember(initiates());
        c.addMember(f1());
        c.addMember(f2());
        c.addMember(f3());
        c.addMember(view());
        if (split.exchange().weight() != null) c.addMember(weight());
        for (MethodDeclaration m : RuntimeGlue.members(split, names, state, types.constants, layered)) c.addMember(m);
        return cu;
    }

    /** The view's support: the peer parameter's domain at the initiator. */
    private MethodDeclaration view() {
        CheckedSpec.Param peer = split.action().params().get(0);
        MethodDeclaration md = method(J.type("Set", J.type("NodeId")), "view", "The view's support: the peers"
                + " the exchange may choose, in canonical order.", peer.domain().span());
        ExprTranslator tr = atInitiator(new Names.Scope(RESERVED));
        md.addParameter(J.type("NodeId"), "self");
        md.addParameter(J.type(state), "s");
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(tr.code(peer.domain()))));
        return md;
    }

    /** The peer's weight in the view ({@code weighted w}). */
    private MethodDeclaration weight() {
        MethodDeclaration md = method(PrimitiveType.longType(), "weight", "The peer's weight in the view: the"
                + " simulator and the runtime draw peers in proportion to it.", split.exchange().weight().span());
        ExprTranslator tr = atInitiator(new Names.Scope(RESERVED));
        initiatorParams(md, tr);
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(tr.code(split.exchange().weight()))));
        return md;
    }

    private MethodDeclaration method(com.github.javaparser.ast.type.Type result, String name, String doc, dev.lockstep.lang.source.Span at) {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier()),
                result, name);
        UnitFactory.doc(md, doc, at);
        md.addParameter(J.type(types.constants), "constants");
        if (layered) md.addParameter(J.type("Layers"), "layers"); // the lower layers on this node (reads L)
        return md;
    }

    /** Translator at the initiator: its variables are {@code s}, the peer's (only in f3) the reply {@code msg2}. */
    private ExprTranslator atInitiator(Names.Scope scope) {
        return new ExprTranslator(types, new Context("s", "msg2", J.name("self"), true), scope);
    }

    /** Translator at the receiver: the initiator's variables come from {@code msg1}, the receiver's are {@code s}. */
    private ExprTranslator atReceiver(Names.Scope scope) {
        return new ExprTranslator(types, new Context("msg1", "s", J.call(J.name("msg1"), "initiator"), false), scope);
    }

    private MethodDeclaration initiates() {
        MethodDeclaration md = method(PrimitiveType.booleanType(), "initiates", "Whether the initiator starts the exchange"
                + " with {@code peer}: the guard's conjuncts that read no peer variable.", split.action().guard().span());
        ExprTranslator tr = atInitiator(new Names.Scope(RESERVED));
        initiatorParams(md, tr);
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(conjunction(split.initiatorGuard(), tr))));
        return md;
    }

    private MethodDeclaration f1() {
        MethodDeclaration md = method(J.type(names.request()), "f1", "f1 at the initiator (call when initiates holds):"
                + " msg1; the initiator's state is unchanged until f3.", split.exchange().span());
        ExprTranslator tr = atInitiator(new Names.Scope(RESERVED));
        initiatorParams(md, tr);
        List<Expression> args = new ArrayList<>();
        args.add(J.name("self"));
        for (int i : split.msg1()) args.add(J.call(J.name("s"), Names.member(role.vars().get(i).name())));
        for (Expr.RemoteVar l : split.msg1Layers()) args.add(LayerReads.onThisNode(types, J.name("layers"), l).code());
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(J.newObject(J.type(names.request()), args.toArray(Expression[]::new)))));
        return md;
    }

    private MethodDeclaration f2() {
        MethodDeclaration md = method(J.type("Answer"), "f2", "f2 at the receiver {@code " + split.exchange().peer().name()
                + "} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the"
                + " initiator reads).", split.exchange().span());
        ExprTranslator tr = atReceiver(new Names.Scope(RESERVED));
        String me = tr.bind(split.exchange().peer(), false);
        md.addParameter(J.type("NodeId"), me);
        md.addParameter(J.type(state), "s");
        md.addParameter(J.type(names.request()), "msg1");
        BlockStmt body = new BlockStmt();
        if (!split.receiverGuard().isEmpty()) {
            body.addStatement(new IfStmt(J.not(conjunction(split.receiverGuard(), tr)), new BlockStmt().addStatement(
                    new ReturnStmt(J.newObject(J.type("Answer"), J.name("s"), J.call("Optional", "empty")))), null));
        }
        Expression[] next = unchanged();
        for (Stmt.PeerAssign p : split.peer()) if (!role.vars().get(p.varIndex()).ghost()) next[p.varIndex()] = tr.code(p.value());
        List<Expression> reply = new ArrayList<>();
        for (int i : split.msg2()) reply.add(J.call(J.name("s"), Names.member(role.vars().get(i).name())));
        for (Expr.RemoteVar l : split.msg2Layers()) reply.add(LayerReads.onThisNode(types, J.name("layers"), l).code());
        body.addStatement(new ReturnStmt(J.newObject(J.type("Answer"), newState(next),
                J.call("Optional", "of", J.newObject(J.type(names.reply()), reply.toArray(Expression[]::new))))));
        md.setBody(body);
        return md;
    }

    private MethodDeclaration f3() {
        MethodDeclaration md = method(J.type(state), "f3", "f3 at the initiator: its new state from its state after f1"
                + " (its old state) and msg2.", split.exchange().span());
        ExprTranslator tr = atInitiator(new Names.Scope(RESERVED));
        initiatorParams(md, tr);
        md.addParameter(J.type(names.reply()), "msg2");
        Expression[] next = unchanged();
        for (Stmt.Assign a : split.own()) if (!role.vars().get(a.varIndex()).ghost()) next[a.varIndex()] = tr.code(a.value());
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(newState(next))));
        return md;
    }

    private void initiatorParams(MethodDeclaration md, ExprTranslator tr) {
        md.addParameter(J.type("NodeId"), "self");
        md.addParameter(J.type(state), "s");
        md.addParameter(J.type("NodeId"), tr.bind(split.exchange().peer(), false));
    }

    private Expression conjunction(List<Expr> conjuncts, ExprTranslator tr) {
        Expression out = null;
        for (Expr e : conjuncts) {
            Expression c = tr.code(e);
            out = out == null ? c : J.binary(out, BinaryExpr.Operator.AND, c);
        }
        return out == null ? J.bool(true) : out;
    }

    private Expression[] unchanged() {
        Expression[] next = new Expression[role.vars().size()];
        for (CheckedSpec.Var v : role.vars()) if (!v.ghost()) next[v.index()] = J.call(J.name("s"), Names.member(v.name()));
        return next;
    }

    private Expression newState(Expression[] next) {
        List<Expression> args = new ArrayList<>();
        for (CheckedSpec.Var v : role.vars()) if (!v.ghost()) args.add(next[v.index()]);
        return J.newObject(J.type(state), args.toArray(Expression[]::new));
    }

    /** Own variables read from {@code own}, the peer's from {@code peer}; constants and definitions as everywhere. */
    private final class Context implements ExprTranslator.Context {
        private final String own;
        private final String peer;
        private final Expression self;
        /** At the initiator (f1, f3, the view): {@code L[self]} is its own layer; at the receiver, {@code L[peer]}. */
        private final boolean initiator;

        Context(String own, String peer, Expression self, boolean initiator) {
            this.own = own;
            this.peer = peer;
            this.self = self;
            this.initiator = initiator;
        }

        public ExprTranslator.JExpr var(Expr.VarRef v) {
            return new ExprTranslator.JExpr(J.call(J.name(own), Names.member(v.var())), TypeMapper.isPrimitive(v.type()));
        }

        @Override
        public ExprTranslator.JExpr remote(Expr.RemoteVar r) {
            if (!LayerReads.isLayerRead(role, r)) {
                return new ExprTranslator.JExpr(J.call(J.name(peer), Names.member(r.var())), TypeMapper.isPrimitive(r.type()));
            }
            // A lower layer: this node's own through Layers, the other side's from the message it sent.
            boolean here = (r.node() instanceof Expr.Self) == initiator;
            if (here) return LayerReads.onThisNode(types, J.name("layers"), r);
            return new ExprTranslator.JExpr(J.call(J.name(initiator ? "msg2" : "msg1"), LayerReads.component(r)),
                    TypeMapper.isPrimitive(r.type()));
        }

        public Expression constant(Expr.ConstRef c) { return J.call(J.name("constants"), Names.member(c.name())); }

        public Expression defs() { return J.name("constants"); }

        public Expression self() { return self; }
    }
}
