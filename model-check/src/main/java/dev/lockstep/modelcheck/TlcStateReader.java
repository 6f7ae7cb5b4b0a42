package dev.lockstep.modelcheck;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns a TLC state (variables of the generated module) back into a spec-level {@link State} of the model, using
 * the spec's types: strings back to enum labels, model values to nodes, functions to maps, records to messages.
 */
final class TlcStateReader {
    private final ModelInstance model;
    private final CheckedSpec spec;
    private final TlaNames names;

    TlcStateReader(ModelInstance model, TlaNames names) {
        this.model = model;
        this.spec = model.spec();
        this.names = names;
    }

    State read(Map<String, TlcValue> vars) {
        Value[] slots = new Value[model.slotCount()];
        for (CheckedSpec.Role role : spec.roles()) {
            NodeV[] nodes = model.nodes(role.index());
            for (CheckedSpec.Var v : role.vars()) {
                String name = names.var(role.name(), v.name());
                TlcValue fn = require(vars, name);
                for (int n = 0; n < nodes.length; n++) {
                    TlcValue at = lookup(fn, names.node(nodes[n].name()), name);
                    slots[model.nodeBase(role.index(), n) + v.index()] = value(at, v.type());
                }
            }
        }
        slots[model.networkSlot()] = network(require(vars, TlaNames.NETWORK));
        if (model.crashSlot() >= 0) slots[model.crashSlot()] = value(require(vars, TlaNames.CRASH_COUNT), Type.INT);
        return new State(slots);
    }

    private static TlcValue require(Map<String, TlcValue> vars, String name) {
        TlcValue v = vars.get(name);
        if (v == null) throw new IllegalArgumentException("TLC's state has no variable " + name + ": " + vars.keySet());
        return v;
    }

    private static TlcValue lookup(TlcValue fn, String node, String var) {
        if (fn instanceof TlcValue.Fn f) {
            for (int i = 0; i < f.keys().size(); i++) {
                if (f.keys().get(i) instanceof TlcValue.Name n && n.name().equals(node)) return f.values().get(i);
            }
        }
        throw new IllegalArgumentException("TLC's " + var + " has no entry for node " + node + ": " + fn);
    }

    private Value network(TlcValue net) {
        return switch (spec.network().kind()) {
            case SET -> {
                // Grouped: each message without its dst maps to the set of its destinations.
                List<Value> msgs = new ArrayList<>();
                TlcValue.Fn f = asFn(net);
                for (int i = 0; i < f.keys().size(); i++) {
                    for (TlcValue d : elements(f.values().get(i))) msgs.add(message(withDst(f.keys().get(i), d)));
                }
                yield SetV.of(msgs);
            }
            case BAG -> {
                FnV bag = FnV.EMPTY;
                TlcValue.Fn f = asFn(net);
                for (int i = 0; i < f.keys().size(); i++) bag = bag.with(message(f.keys().get(i)), value(f.values().get(i), Type.INT));
                yield bag;
            }
            case FIFO -> {
                FnV channels = FnV.EMPTY;
                TlcValue.Fn f = asFn(net);
                for (int i = 0; i < f.keys().size(); i++) {
                    Value key = value(f.keys().get(i), new Type.Tuple(List.of(Type.NODE, Type.NODE)));
                    List<Value> queue = new ArrayList<>();
                    // A channel's messages leave out src and dst, which its key <<src, dst>> holds.
                    List<TlcValue> ends = sequence(f.keys().get(i));
                    for (TlcValue m : sequence(f.values().get(i))) queue.add(message(withEnds(m, ends)));
                    channels = channels.with(key, SeqV.of(queue));
                }
                yield channels;
            }
        };
    }

    private static TlcValue withDst(TlcValue m, TlcValue dst) {
        if (!(m instanceof TlcValue.Rec r)) throw new IllegalArgumentException("not a message: " + m);
        List<String> names = new ArrayList<>(r.names());
        List<TlcValue> values = new ArrayList<>(r.values());
        names.add("dst");
        values.add(dst);
        return new TlcValue.Rec(names, values);
    }

    private static TlcValue withEnds(TlcValue m, List<TlcValue> ends) {
        if (!(m instanceof TlcValue.Rec r) || ends.size() != 2) throw new IllegalArgumentException("not a message: " + m);
        List<String> names = new ArrayList<>(r.names());
        List<TlcValue> values = new ArrayList<>(r.values());
        names.add("src");
        values.add(ends.get(0));
        names.add("dst");
        values.add(ends.get(1));
        return new TlcValue.Rec(names, values);
    }

    private RecordV message(TlcValue v) {
        if (!(v instanceof TlcValue.Rec r)) throw new IllegalArgumentException("not a message: " + v);
        int typeAt = r.names().indexOf("type");
        if (typeAt < 0 || !(r.values().get(typeAt) instanceof TlcValue.Str tag)) {
            throw new IllegalArgumentException("message without a type: " + v);
        }
        CheckedSpec.MessageDecl decl = spec.message(TlaStrings.decode(tag.value()))
                .orElseThrow(() -> new IllegalArgumentException("unknown message type " + tag.value()));
        return (RecordV) value(v, decl.type());
    }

    /** Converts with the static type; {@link Type.Any} (e.g. an always-empty set) converts by shape. */
    Value value(TlcValue v, Type type) {
        return switch (type) {
            case Type.Bool b -> BoolV.of(((TlcValue.Bool) v).value());
            case Type.Int i -> IntV.of(((TlcValue.Num) v).value());
            case Type.Str s -> new StrV(TlaStrings.decode(((TlcValue.Str) v).value()));
            case Type.Node n -> new NodeV(names.nodeOf(((TlcValue.Name) v).name()));
            case Type.Enum e -> {
                String label = TlaStrings.decode(((TlcValue.Str) v).value());
                yield new EnumV(e.name(), label, e.labels().indexOf(label));
            }
            case Type.SetOf s -> {
                List<Value> out = new ArrayList<>();
                for (TlcValue x : elements(v)) out.add(value(x, s.element()));
                yield SetV.of(out);
            }
            case Type.SeqOf s -> {
                List<Value> out = new ArrayList<>();
                for (TlcValue x : sequence(v)) out.add(value(x, s.element()));
                yield SeqV.of(out);
            }
            case Type.Tuple t -> {
                List<TlcValue> xs = sequence(v);
                Value[] out = new Value[xs.size()];
                for (int i = 0; i < out.length; i++) out[i] = value(xs.get(i), t.elements().get(i));
                yield new SeqV(out);
            }
            case Type.MapOf m -> map(v, m);
            case Type.Record r -> {
                TlcValue.Rec rec = (TlcValue.Rec) v;
                List<String> names = new ArrayList<>();
                List<Value> values = new ArrayList<>();
                for (Type.Field f : r.fields()) {
                    names.add(f.name());
                    values.add(value(rec.values().get(rec.names().indexOf(TlaNames.field(f.name()))), f.type()));
                }
                yield record(names, values);
            }
            case Type.Message msg -> {
                TlcValue.Rec rec = (TlcValue.Rec) v;
                List<String> names = new ArrayList<>();
                List<Value> values = new ArrayList<>();
                for (int i = 0; i < rec.names().size(); i++) {
                    String name = TlaNames.unident(rec.names().get(i));
                    names.add(name);
                    values.add(value(rec.values().get(i), msg.field(name)));
                }
                yield record(names, values);
            }
            case Type.Any a -> byShape(v);
        };
    }

    private Value map(TlcValue v, Type.MapOf m) {
        FnV out = FnV.EMPTY;
        switch (v) {
            case TlcValue.Fn f -> {
                for (int i = 0; i < f.keys().size(); i++) out = out.with(value(f.keys().get(i), m.key()), value(f.values().get(i), m.value()));
            }
            case TlcValue.Tuple t -> { // a function with domain 1..n prints as a sequence
                for (int i = 0; i < t.elements().size(); i++) out = out.with(IntV.of(i + 1), value(t.elements().get(i), m.value()));
            }
            case TlcValue.Rec r -> { // a function with string keys (strings or enum labels) prints as a record
                for (int i = 0; i < r.names().size(); i++) {
                    out = out.with(value(new TlcValue.Str(r.names().get(i)), m.key()), value(r.values().get(i), m.value()));
                }
            }
            default -> throw new IllegalArgumentException("not a function: " + v);
        }
        return out;
    }

    private Value byShape(TlcValue v) {
        return switch (v) {
            case TlcValue.Num n -> IntV.of(n.value());
            case TlcValue.Str s -> new StrV(TlaStrings.decode(s.value()));
            case TlcValue.Bool b -> BoolV.of(b.value());
            case TlcValue.Name n -> new NodeV(names.nodeOf(n.name()));
            case TlcValue.SetOf s -> SetV.of(s.elements().stream().map(this::byShape).toList());
            case TlcValue.Tuple t -> SeqV.of(t.elements().stream().map(this::byShape).toList());
            case TlcValue.Rec r -> record(r.names().stream().map(TlaNames::unident).toList(),
                    r.values().stream().map(this::byShape).toList());
            case TlcValue.Fn f -> {
                FnV out = FnV.EMPTY;
                for (int i = 0; i < f.keys().size(); i++) out = out.with(byShape(f.keys().get(i)), byShape(f.values().get(i)));
                yield out;
            }
        };
    }

    private static RecordV record(List<String> names, List<Value> values) {
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> names.get(a).compareTo(names.get(b)));
        String[] n = new String[order.length];
        Value[] v = new Value[order.length];
        for (int i = 0; i < order.length; i++) {
            n[i] = names.get(order[i]).intern();
            v[i] = values.get(order[i]);
        }
        return new RecordV(n, v);
    }

    private static List<TlcValue> elements(TlcValue v) {
        if (v instanceof TlcValue.SetOf s) return s.elements();
        if (v instanceof TlcValue.Tuple t && t.elements().isEmpty()) return List.of();
        throw new IllegalArgumentException("not a set: " + v);
    }

    private static List<TlcValue> sequence(TlcValue v) {
        if (v instanceof TlcValue.Tuple t) return t.elements();
        if (v instanceof TlcValue.Fn f) return f.values(); // keys 1..n in order
        throw new IllegalArgumentException("not a sequence: " + v);
    }

    private static TlcValue.Fn asFn(TlcValue v) {
        if (v instanceof TlcValue.Fn f) return f;
        if (v instanceof TlcValue.Tuple t && t.elements().isEmpty()) return new TlcValue.Fn(List.of(), List.of());
        throw new IllegalArgumentException("not a function: " + v);
    }
}
