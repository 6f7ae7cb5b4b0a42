package dev.lockstep.invariants.lower;

import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Sort;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.Span;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The SMT sorts of one model, and the translation of values into terms. All nodes of the model form one
 * enumeration sort {@code Node}: node values flow between roles (a message's {@code src}, a role's node set
 * used as a send target), so one sort keeps every comparison well-sorted. Enums are enumeration sorts, records
 * and tuples datatypes, all messages one datatype {@code Msg} with a constructor per message type, sets
 * arrays to Bool.
 */
public final class SpecSorts {
    /** Above this many elements a type's universe is not enumerated (quantifiers stay quantifiers). */
    static final int MAX_UNIVERSE = 4096;

    private final CheckedSpec spec;
    private final List<NodeV> nodes;
    private final Sort.Enum nodeSort;
    private final Map<String, Sort.Enum> enums = new LinkedHashMap<>();
    private final Map<Type, Sort.Datatype> records = new LinkedHashMap<>();
    private Sort.Datatype msgSort;
    /** When set, the int values a reachable state can hold (a proved invariant); ints then have this universe. */
    private final List<Value> intDomain;
    /** With the int domain: per message type, the possible senders and receivers (null: any node). */
    private final Map<String, MessageBounds.Ends> ends;

    public SpecSorts(ModelInstance model) { this(model, null); }

    public SpecSorts(ModelInstance model, List<Value> intDomain) {
        this.intDomain = intDomain == null ? null : List.copyOf(intDomain);
        this.ends = intDomain == null ? Map.of() : MessageBounds.infer(model);
        this.spec = model.spec();
        TreeSet<NodeV> all = new TreeSet<>();
        for (Value c : model.consts()) collectNodes(c, all);
        for (CheckedSpec.Role r : spec.roles()) all.addAll(List.of(model.nodes(r.index())));
        this.nodes = List.copyOf(all);
        // Z3 rejects an empty enumeration ("datatype is not well-founded"). A model without nodes has no role
        // instance, so no state holds a node; the sort then gets one placeholder that no spec value can name.
        this.nodeSort = new Sort.Enum("Node", nodes.isEmpty() ? List.of(NO_NODE) : nodes.stream().map(NodeV::name).toList());
    }

    /** The only value of the node sort in a model without nodes; a space makes it no spec identifier. */
    static final String NO_NODE = "no node";

    private static void collectNodes(Value v, TreeSet<NodeV> out) {
        switch (v) {
            case NodeV n -> out.add(n);
            case SetV s -> s.elements().forEach(e -> collectNodes(e, out));
            case SeqV s -> s.elements().forEach(e -> collectNodes(e, out));
            case RecordV r -> { for (int i = 0; i < r.size(); i++) collectNodes(r.value(i), out); }
            case FnV f -> { for (int i = 0; i < f.size(); i++) { collectNodes(f.key(i), out); collectNodes(f.value(i), out); } }
            default -> { }
        }
    }

    public List<NodeV> nodes() { return nodes; }

    /** Senders and receivers of a message type under the proved TypeOK, or null when not bounded. */
    public MessageBounds.Ends ends(String messageType) { return ends.get(messageType); }

    /** The int domain in force, or null when ints range over all integers. */
    public List<Value> intDomain() { return intDomain; }

    public Sort.Enum nodeSort() { return nodeSort; }

    public Sort sortOf(Type t, Span span) {
        return switch (t) {
            case Type.Bool b -> Sort.BOOL;
            case Type.Int i -> Sort.INT;
            case Type.Str s -> Sort.STRING;
            case Type.Node n -> nodeSort;
            case Type.Enum e -> enums.computeIfAbsent(e.name(), k -> new Sort.Enum(e.name(), e.labels()));
            case Type.SetOf s -> new Sort.Array(sortOf(s.element(), span), Sort.BOOL);
            case Type.Message m -> msgSort(span);
            case Type.Record r -> record(r, span);
            case Type.Tuple tu -> record(tu, span);
            case Type.SeqOf s -> throw new Unsupported(span, "a sequence (type " + t + ")");
            case Type.MapOf m -> map(m, span);
            case Type.Any a -> throw new Unsupported(span, "a value of unknown type");
        };
    }

    public Sort.Datatype msgSort(Span span) {
        if (msgSort == null) {
            List<Sort.Ctor> ctors = new ArrayList<>();
            for (CheckedSpec.MessageDecl m : spec.messages()) {
                List<Sort.Field> fields = new ArrayList<>();
                fields.add(new Sort.Field("src", nodeSort));
                fields.add(new Sort.Field("dst", nodeSort));
                for (Type.Field f : m.type().fields()) fields.add(new Sort.Field(f.name(), sortOf(f.type(), m.span())));
                ctors.add(new Sort.Ctor(m.name(), fields));
            }
            msgSort = new Sort.Datatype("Msg", ctors);
        }
        return msgSort;
    }

    private Sort.Datatype record(Type t, Span span) {
        Sort.Datatype d = records.get(t);
        if (d != null) return d;
        List<Sort.Field> fields = new ArrayList<>();
        if (t instanceof Type.Record r) {
            for (Type.Field f : r.fields()) fields.add(new Sort.Field(f.name(), sortOf(f.type(), span)));
        } else {
            List<Type> es = ((Type.Tuple) t).elements();
            for (int i = 0; i < es.size(); i++) fields.add(new Sort.Field("_" + (i + 1), sortOf(es.get(i), span)));
        }
        // Named after the type, so every lowering of one model agrees on the name.
        String name = t instanceof Type.Record ? "Rec" + t : "Tup" + t;
        d = new Sort.Datatype(name, List.of(new Sort.Ctor("mk-" + name, fields)));
        records.put(t, d);
        return d;
    }

    /**
     * A map over the state: a datatype of its domain (an array to Bool) and its values (an array to the value
     * sort). Keys outside the domain map to the value sort's {@link Smt#someValue}, so that two maps are equal
     * exactly when their terms are (every map term the lowering builds keeps that form).
     */
    private Sort.Datatype map(Type.MapOf t, Span span) {
        Sort.Datatype d = records.get(t);
        if (d != null) return d;
        Sort key = sortOf(t.key(), span);
        List<Sort.Field> fields = List.of(new Sort.Field("dom", new Sort.Array(key, Sort.BOOL)),
                new Sort.Field("val", new Sort.Array(key, sortOf(t.value(), span))));
        String name = "Map" + t;
        d = new Sort.Datatype(name, List.of(new Sort.Ctor("mk-" + name, fields)));
        records.put(t, d);
        return d;
    }

    /** The term denoting a value of type {@code t}. */
    public Term valueTerm(Value v, Type t, Span span) {
        return switch (v) {
            case BoolV b -> Smt.bool(b.value());
            case IntV i -> Smt.integer(i.value());
            case StrV s -> new Term.StrLit(s.value());
            case NodeV n -> node(n);
            case EnumV e -> new Term.EnumLit((Sort.Enum) sortOf(t, span), e.label());
            case SetV s -> {
                Type elem = t instanceof Type.SetOf so ? so.element() : Type.ANY;
                Sort es = sortOf(elem, span);
                Term arr = Smt.constArray(es, Smt.FALSE);
                for (Value e : s.elements()) arr = Smt.store(arr, valueTerm(e, elem, span), Smt.TRUE);
                yield arr;
            }
            case RecordV r -> {
                if (t instanceof Type.Message m) {
                    Sort.Datatype msg = msgSort(span);
                    List<Term> args = new ArrayList<>();
                    args.add(valueTerm(r.src(), Type.NODE, span));
                    args.add(valueTerm(r.dst(), Type.NODE, span));
                    for (Type.Field f : m.fields()) args.add(valueTerm(r.get(f.name()), f.type(), span));
                    yield Smt.ctor(msg, m.name(), args);
                }
                Type.Record rt = (Type.Record) t;
                Sort.Datatype d = record(rt, span);
                List<Term> args = new ArrayList<>();
                for (Type.Field f : rt.fields()) args.add(valueTerm(r.get(f.name()), f.type(), span));
                yield new Term.CtorApp(d, 0, args);
            }
            case SeqV s -> {
                if (!(t instanceof Type.Tuple tu)) throw new Unsupported(span, "a sequence value " + s.show());
                Sort.Datatype d = record(tu, span);
                List<Term> args = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) args.add(valueTerm(s.get(i), tu.elements().get(i), span));
                yield new Term.CtorApp(d, 0, args);
            }
            case FnV f -> {
                if (!(t instanceof Type.MapOf mt)) throw new Unsupported(span, "a map value " + f.show() + " of type " + t);
                Sort.Datatype d = map(mt, span);
                Sort.Array valSort = (Sort.Array) d.ctors().getFirst().fields().get(1).sort();
                Term dom = Smt.constArray(valSort.domain(), Smt.FALSE);
                Term val = Smt.constArray(valSort.domain(), Smt.someValue(valSort.range()));
                for (int i = 0; i < f.size(); i++) {
                    Term k = valueTerm(f.key(i), mt.key(), span);
                    dom = Smt.store(dom, k, Smt.TRUE);
                    val = Smt.store(val, k, valueTerm(f.value(i), mt.value(), span));
                }
                yield new Term.CtorApp(d, 0, List.of(dom, val));
            }
        };
    }

    public Term node(NodeV n) { return new Term.EnumLit(nodeSort, n.name()); }

    /**
     * Every value of a type, when the type is finite and small (bool, enums, nodes, and records, tuples and
     * messages built from them); null otherwise. Quantifiers over such types expand into conjunctions.
     */
    public List<Value> universe(Type t) {
        List<Value> out = universe0(t);
        return out == null || out.size() > MAX_UNIVERSE ? null : out;
    }

    private List<Value> universe0(Type t) {
        switch (t) {
            case Type.Bool b -> { return List.of(BoolV.FALSE, BoolV.TRUE); }
            case Type.Int i -> { return intDomain; }
            case Type.SetOf so -> {
                // The subsets of a tiny universe (a set-valued field of a message or record).
                List<Value> elems = universe0(so.element());
                if (elems == null || elems.size() > 10) return null;
                List<Value> out = new ArrayList<>();
                for (int mask = 0; mask < (1 << elems.size()); mask++) {
                    List<Value> members = new ArrayList<>();
                    for (int k = 0; k < elems.size(); k++) if ((mask & (1 << k)) != 0) members.add(elems.get(k));
                    out.add(SetV.of(members));
                }
                return out;
            }
            case Type.Node n -> { return List.copyOf(nodes); }
            case Type.Enum e -> {
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < e.labels().size(); i++) out.add(new EnumV(e.name(), e.labels().get(i), i));
                return out;
            }
            case Type.Record r -> {
                List<String> names = r.fields().stream().map(Type.Field::name).toList();
                return product(names, r.fields().stream().map(Type.Field::type).toList());
            }
            case Type.Message m -> {
                List<String> names = new ArrayList<>(List.of("src", "dst", "type"));
                List<Type> types = new ArrayList<>(List.of(Type.NODE, Type.NODE, Type.STRING));
                for (Type.Field f : m.fields()) { names.add(f.name()); types.add(f.type()); }
                MessageBounds.Ends e = ends.get(m.name());
                return product(names, types, m.name(), e == null ? null : e.src(), e == null ? null : e.dst());
            }
            default -> { return null; }
        }
    }

    private List<Value> product(List<String> names, List<Type> types) {
        return product(names, types, null, null, null);
    }

    /** All records with these fields; the {@code type} field of a message is fixed to its name. */
    private List<Value> product(List<String> names, List<Type> types, String messageType, List<NodeV> src,
                                List<NodeV> dst) {
        List<List<Value>> domains = new ArrayList<>();
        long size = 1;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            List<Value> d = messageType != null && name.equals("type") ? List.of(new StrV(messageType))
                    : messageType != null && name.equals("src") && src != null ? List.copyOf(src)
                    : messageType != null && name.equals("dst") && dst != null ? List.copyOf(dst)
                    : universe0(types.get(i));
            if (d == null) return null;
            size *= d.size();
            if (size > MAX_UNIVERSE) return null;
            domains.add(d);
        }
        List<Value> out = new ArrayList<>();
        build(names, domains, 0, new Value[names.size()], out);
        out.sort(null);
        return out;
    }

    private static void build(List<String> names, List<List<Value>> domains, int i, Value[] acc, List<Value> out) {
        if (i == names.size()) {
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) order.add(k);
            order.sort((a, b) -> names.get(a).compareTo(names.get(b)));
            String[] sortedNames = new String[names.size()];
            Value[] values = new Value[names.size()];
            for (int k = 0; k < order.size(); k++) {
                sortedNames[k] = names.get(order.get(k)).intern();
                values[k] = acc[order.get(k)];
            }
            out.add(new RecordV(sortedNames, values));
            return;
        }
        for (Value v : domains.get(i)) {
            acc[i] = v;
            build(names, domains, i + 1, acc, out);
        }
    }
}
