package dev.lockstep.invariants.prove;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncInterp;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import dev.lockstep.invariants.lower.SpecSorts;
import dev.lockstep.invariants.lower.Vocabulary;
import dev.lockstep.invariants.smt.Z3Terms;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
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
import dev.lockstep.lang.explore.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a spec-level state (and other values) back out of a Z3 model. */
record StateDecoder(ModelInstance model, SpecSorts sorts, Z3Terms z3) {
    /** A model value that is no spec value, e.g. an infinite set of integers. */
    static final class Undecodable extends RuntimeException {
        Undecodable(String message) { super(message); }
    }

    State state(Model m, Vocabulary v) {
        CheckedSpec spec = model.spec();
        Value[] slots = new Value[model.slotCount()];
        for (CheckedSpec.Role role : spec.roles()) {
            for (int n = 0; n < model.nodes(role.index()).length; n++) {
                for (CheckedSpec.Var var : role.vars()) {
                    slots[model.nodeBase(role.index(), n) + var.index()] =
                            value(m, z3.expr(v.var(role.index(), n, var.index())), var.type());
                }
            }
        }
        slots[model.networkSlot()] = v.network() == null ? SetV.EMPTY : network(m, z3.expr(v.network()));
        if (v.crashes() != null) slots[model.crashSlot()] = value(m, z3.expr(v.crashes()), Type.INT);
        return new State(slots);
    }

    private Value network(Model m, Expr net) {
        boolean bag = model.spec().network().kind() == CheckedSpec.NetworkKind.BAG;
        List<Value> msgs = new ArrayList<>();
        List<Value> counts = new ArrayList<>();
        for (CheckedSpec.MessageDecl decl : model.spec().messages()) {
            Map<Value, Value> entries = arrayEntries(m, net, decl.type(), bag ? Type.INT : Type.BOOL);
            for (var e : entries.entrySet()) {
                if (bag ? ((IntV) e.getValue()).value() > 0 : e.getValue().equals(BoolV.TRUE)) {
                    msgs.add(e.getKey());
                    counts.add(e.getValue());
                }
            }
        }
        if (!bag) return SetV.of(msgs);
        FnV out = FnV.EMPTY;
        for (int i = 0; i < msgs.size(); i++) out = out.with(msgs.get(i), counts.get(i));
        return out;
    }

    Value value(Model m, Expr z, Type t) {
        Expr e = m.eval(z, true);
        return switch (t) {
            case Type.Bool b -> BoolV.of(e.isTrue());
            case Type.Int i -> IntV.of(((IntNum) e).getInt64());
            case Type.Str s -> new StrV(e.getString());
            case Type.Node n -> new NodeV(e.getFuncDecl().getName().toString());
            case Type.Enum en -> {
                String label = e.getFuncDecl().getName().toString();
                yield new EnumV(en.name(), label, en.labels().indexOf(label));
            }
            case Type.Record r -> {
                String[] names = r.fields().stream().map(f -> f.name().intern()).toArray(String[]::new);
                Value[] values = new Value[names.length];
                for (int i = 0; i < names.length; i++) values[i] = value(m, e.getArgs()[i], r.fields().get(i).type());
                yield new RecordV(names, values);
            }
            case Type.Tuple tu -> {
                Value[] values = new Value[tu.elements().size()];
                for (int i = 0; i < values.length; i++) values[i] = value(m, e.getArgs()[i], tu.elements().get(i));
                yield new SeqV(values);
            }
            case Type.Message msg -> message(m, e);
            case Type.SetOf s -> {
                List<Value> members = new ArrayList<>();
                arrayEntries(m, e, s.element(), Type.BOOL).forEach((k, v) -> { if (v.equals(BoolV.TRUE)) members.add(k); });
                yield SetV.of(members);
            }
            case Type.MapOf mt -> {
                // The datatype of the domain and the values (SpecSorts#map): read the values at the domain's keys.
                Map<Value, Value> dom = arrayEntries(m, e.getArgs()[0], mt.key(), Type.BOOL);
                FnV out = FnV.EMPTY;
                for (var k : dom.entrySet()) {
                    if (!k.getValue().equals(BoolV.TRUE)) continue;
                    Expr key = z3.expr(sorts.valueTerm(k.getKey(), mt.key(), null));
                    out = out.with(k.getKey(), value(m, m.eval(z3.context().mkSelect((ArrayExpr) e.getArgs()[1], key),
                            true), mt.value()));
                }
                yield out;
            }
            default -> throw new Undecodable("a value of type " + t);
        };
    }

    private Value message(Model m, Expr e) {
        String ctor = e.getFuncDecl().getName().toString();
        Type.Message type = model.spec().message(ctor).orElseThrow().type();
        Map<String, Value> fields = new LinkedHashMap<>();
        Expr[] args = e.getArgs();
        fields.put("src", value(m, args[0], Type.NODE));
        fields.put("dst", value(m, args[1], Type.NODE));
        fields.put("type", new StrV(ctor));
        for (int i = 0; i < type.fields().size(); i++) {
            fields.put(type.fields().get(i).name(), value(m, args[i + 2], type.fields().get(i).type()));
        }
        List<String> names = new ArrayList<>(fields.keySet());
        names.sort(null);
        return new RecordV(names.stream().map(String::intern).toArray(String[]::new),
                names.stream().map(fields::get).toArray(Value[]::new));
    }

    /**
     * The entries of an array whose keys have type {@code key} (for the network, the messages of one type), as
     * spec values. A small finite key type is read point by point; otherwise the model's array is taken apart
     * (stores over a constant array, or a function interpretation), and must have a false/zero default.
     */
    private Map<Value, Value> arrayEntries(Model m, Expr arr, Type key, Type range) {
        Map<Value, Value> out = new LinkedHashMap<>();
        List<Value> universe = sorts.universe(key);
        if (universe != null) {
            for (Value k : universe) {
                Expr sel = m.eval(z3.context().mkSelect((ArrayExpr) arr,
                        z3.expr(sorts.valueTerm(k, key, null))), true);
                out.put(k, value(m, sel, range));
            }
            return out;
        }
        Expr e = m.eval(arr, true);
        List<Expr[]> entries = new ArrayList<>();
        Expr dflt = null;
        while (dflt == null) {
            if (e.isStore()) {
                entries.add(new Expr[] {e.getArgs()[1], e.getArgs()[2]});
                e = e.getArgs()[0];
            } else if (e.isConstantArray()) {
                dflt = e.getArgs()[0];
            } else if (e.isAsArray()) {
                FuncInterp<?> fi = m.getFuncInterp(e.getFuncDecl().getParameters()[0].getFuncDecl());
                for (var entry : fi.getEntries()) entries.add(new Expr[] {entry.getArgs()[0], entry.getValue()});
                dflt = fi.getElse();
            } else {
                throw new Undecodable("an array the model gives as " + e);
            }
        }
        Value d = value(m, dflt, range);
        if (!(d.equals(BoolV.FALSE) || d.equals(IntV.of(0)))) {
            throw new Undecodable("an infinite set (the model puts every value but finitely many in it)");
        }
        // Stores nearer the top win: keep the first occurrence of each key.
        for (Expr[] kv : entries) {
            if (key instanceof Type.Message mt && !kv[0].getFuncDecl().getName().toString().equals(mt.name())) continue;
            Value k = value(m, kv[0], key);
            out.putIfAbsent(k, value(m, kv[1], range));
        }
        return out;
    }
}
