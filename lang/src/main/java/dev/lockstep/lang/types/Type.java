package dev.lockstep.lang.types;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Static types of the spec language. Structural, except enums and messages, which are nominal. */
public sealed interface Type {
    Bool BOOL = new Bool();
    Int INT = new Int();
    Str STRING = new Str();
    Node NODE = new Node();
    Any ANY = new Any();

    record Bool() implements Type { public String toString() { return "bool"; } }

    record Int() implements Type { public String toString() { return "int"; } }

    record Str() implements Type { public String toString() { return "string"; } }

    /** A node identity (a TLA+ model value). */
    record Node() implements Type { public String toString() { return "node"; } }

    /** Unknown element type, e.g. of {@code {}}; unifies with anything. */
    record Any() implements Type { public String toString() { return "?"; } }

    record Enum(String name, List<String> labels) implements Type {
        public Enum { labels = List.copyOf(labels); }

        public String toString() { return name; }
    }

    record SetOf(Type element) implements Type { public String toString() { return "set<" + element + ">"; } }

    record SeqOf(Type element) implements Type { public String toString() { return "seq<" + element + ">"; } }

    record MapOf(Type key, Type value) implements Type {
        public String toString() { return "map<" + key + ", " + value + ">"; }
    }

    record Field(String name, Type type) {}

    /** Fields sorted by name, so two record types with the same fields are equal. */
    record Record(List<Field> fields) implements Type {
        public Record {
            fields = fields.stream().sorted(java.util.Comparator.comparing(Field::name)).toList();
        }

        public Type field(String name) {
            for (Field f : fields) if (f.name().equals(name)) return f.type();
            return null;
        }

        public String toString() {
            return fields.stream().map(f -> f.name() + ": " + f.type()).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    record Tuple(List<Type> elements) implements Type {
        public Tuple { elements = List.copyOf(elements); }

        public String toString() {
            return elements.stream().map(Type::toString).collect(Collectors.joining(", ", "<<", ">>"));
        }
    }

    /** A message type: its declared fields plus {@code src} and {@code dst} (nodes) and {@code type}. */
    record Message(String name, List<Field> fields) implements Type {
        public Message { fields = List.copyOf(fields); }

        public Type field(String field) {
            switch (field) {
                case "src", "dst" -> { return NODE; }
                case "type" -> { return STRING; }
                default -> {
                    for (Field f : fields) if (f.name().equals(field)) return f.type();
                    return null;
                }
            }
        }

        public String toString() { return name; }
    }

    /** The most specific type both sides fit, or null when they do not fit together. */
    static Type unify(Type a, Type b) {
        if (a instanceof Any) return b;
        if (b instanceof Any) return a;
        if (a.equals(b)) return a;
        if (a instanceof SetOf(Type x) && b instanceof SetOf(Type y)) {
            Type e = unify(x, y);
            return e == null ? null : new SetOf(e);
        }
        if (a instanceof SeqOf(Type x) && b instanceof SeqOf(Type y)) {
            Type e = unify(x, y);
            return e == null ? null : new SeqOf(e);
        }
        if (a instanceof MapOf(Type k1, Type v1) && b instanceof MapOf(Type k2, Type v2)) {
            Type k = unify(k1, k2);
            Type v = unify(v1, v2);
            return k == null || v == null ? null : new MapOf(k, v);
        }
        if (a instanceof Tuple(List<Type> xs) && b instanceof Tuple(List<Type> ys) && xs.size() == ys.size()) {
            List<Type> out = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                Type e = unify(xs.get(i), ys.get(i));
                if (e == null) return null;
                out.add(e);
            }
            return new Tuple(out);
        }
        // A tuple whose elements share one type is also a sequence.
        if (a instanceof Tuple t && b instanceof SeqOf s) return tupleAsSeq(t, s);
        if (b instanceof Tuple t && a instanceof SeqOf s) return tupleAsSeq(t, s);
        if (a instanceof Record(List<Field> fa) && b instanceof Record(List<Field> fb) && fa.size() == fb.size()) {
            List<Field> out = new ArrayList<>();
            for (int i = 0; i < fa.size(); i++) {
                if (!fa.get(i).name().equals(fb.get(i).name())) return null;
                Type e = unify(fa.get(i).type(), fb.get(i).type());
                if (e == null) return null;
                out.add(new Field(fa.get(i).name(), e));
            }
            return new Record(out);
        }
        return null;
    }

    private static Type tupleAsSeq(Tuple t, SeqOf s) {
        Type e = s.element();
        for (Type x : t.elements()) {
            e = unify(e, x);
            if (e == null) return null;
        }
        return new SeqOf(e);
    }

    /** True when a value of this type can contain a node: a message always can (its {@code src} and {@code dst}). */
    static boolean canHoldNode(Type t) {
        return switch (t) {
            case SetOf s -> canHoldNode(s.element());
            case SeqOf s -> canHoldNode(s.element());
            case MapOf m -> canHoldNode(m.key()) || canHoldNode(m.value());
            case Tuple tu -> tu.elements().stream().anyMatch(Type::canHoldNode);
            case Record r -> r.fields().stream().anyMatch(f -> canHoldNode(f.type()));
            case Message m -> true;
            case Node n -> true;
            case Bool b -> false;
            case Int i -> false;
            case Str x -> false;
            case Any a -> false;
            case Enum e -> false;
        };
    }

    /** True when the type mentions {@link Any} somewhere, i.e. it is not fully known. */
    static boolean isIncomplete(Type t) {
        return switch (t) {
            case Any a -> true;
            case SetOf s -> isIncomplete(s.element());
            case SeqOf s -> isIncomplete(s.element());
            case MapOf m -> isIncomplete(m.key()) || isIncomplete(m.value());
            case Tuple tu -> tu.elements().stream().anyMatch(Type::isIncomplete);
            case Record r -> r.fields().stream().anyMatch(f -> isIncomplete(f.type()));
            default -> false;
        };
    }
}
