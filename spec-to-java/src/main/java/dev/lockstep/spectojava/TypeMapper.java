package dev.lockstep.spectojava;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type.Bool;
import dev.lockstep.lang.types.Type.Int;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java names of one spec's generated types, and the Java type of each spec type: {@code int} is {@code long},
 * {@code bool} {@code boolean} (boxed inside collections), sets {@code Set}, sequences and homogeneous tuples
 * {@code List}, maps {@code Map}, records and enums generated types, messages their generated records.
 */
final class TypeMapper {
    /** Names generated code imports; generated types must not take them. */
    static final String[] IMPORTED = {"List", "Map", "Set", "ArrayList", "Objects", "Generated", "ActionSpec", "Command",
            "Itf", "ItfEncodable", "MalformedValueException", "Message", "NetworkSpec", "NodeId", "ProtocolDescriptor",
            "RoleMachine", "SortedArraySet", "SortedArrayMap", "SpecOverflowException", "SpecValues", "Step", "Trigger",
            "Function", "Long", "Boolean", "String", "Object", "Math", "Override", "Integer", "Record", "Enum",
            "Comparable", "Class", "System", "Exception", "RuntimeException", "IllegalArgumentException", "Envelope",
            "TraceRecorder", "TraceSink", "AutoCloseable"};

    final String messageInterface;
    final String constants;
    final String protocol;
    final Map<String, String> enums = new LinkedHashMap<>();        // spec enum type name -> Java name
    final Map<String, String> messages = new LinkedHashMap<>();     // message type -> Java record
    final Map<String, String> states = new LinkedHashMap<>();       // role -> state record
    final Map<String, String> machines = new LinkedHashMap<>();     // role -> machine class
    final Map<String, String> traces = new LinkedHashMap<>();       // role -> typed trace recorder
    final Map<dev.lockstep.lang.types.Type.Record, String> records = new LinkedHashMap<>();
    final Map<String, ExchangeNames> exchanges = new LinkedHashMap<>(); // Role.Exchange -> its projection's types

    /** The Java types of one exchange's projection: msg1, msg2 and the class of f1/f2/f3. */
    record ExchangeNames(String request, String reply, String projection) {}

    TypeMapper(CheckedSpec spec, List<dev.lockstep.lang.types.Type.Record> recordTypes) {
        Names.Scope scope = new Names.Scope(IMPORTED);
        String p = Names.capitalize(spec.name());
        messageInterface = scope.allocate(p + "Message", "Type");
        constants = scope.allocate(p + "Constants", "Type");
        protocol = scope.allocate(p + "Protocol", "Descriptor");
        for (CheckedSpec.MessageDecl m : spec.messages()) messages.put(m.name(), scope.allocate(Names.capitalize(m.name()), "Msg"));
        Map<String, String> inline = new LinkedHashMap<>(); // inline enum "Role_var" -> preferred Java name
        for (CheckedSpec.Role r : spec.roles()) {
            for (CheckedSpec.Var v : r.vars()) {
                if (v.type() instanceof dev.lockstep.lang.types.Type.Enum e && e.name().equals(r.name() + "_" + v.name())) {
                    inline.put(e.name(), Names.capitalize(r.name()) + Names.capitalize(v.name()));
                }
            }
        }
        for (CheckedSpec.EnumDecl e : spec.enums()) {
            if (!inline.containsKey(e.name())) enums.put(e.type().name(), scope.allocate(Names.capitalize(e.name()), "Enum"));
        }
        for (CheckedSpec.Role r : spec.roles()) {
            states.put(r.name(), scope.allocate(Names.capitalize(r.name()) + "State", "Record"));
            machines.put(r.name(), scope.allocate(Names.capitalize(r.name()) + "Machine", "Class"));
        }
        inline.forEach((specName, preferred) -> enums.put(specName, scope.allocate(preferred, "Enum")));
        for (dev.lockstep.lang.types.Type.Record r : recordTypes) {
            StringBuilder b = new StringBuilder();
            for (var f : r.fields()) b.append(Names.capitalize(f.name()));
            records.put(r, scope.allocate(b + "Record", "Value"));
        }
        // Allocated last, so that adding the recorders renamed none of the types generated before them.
        for (CheckedSpec.Role r : spec.roles()) traces.put(r.name(), scope.allocate(Names.capitalize(r.name()) + "Trace", "Recorder"));
        for (CheckedSpec.Role r : spec.roles()) {
            for (CheckedSpec.Action a : r.actions()) {
                if (!(a.trigger() instanceof CheckedSpec.Trigger.Exchange)) continue;
                String x = Names.capitalize(a.name());
                exchanges.put(a.qualifiedName(), new ExchangeNames(scope.allocate(x + "Request", "Msg"),
                        scope.allocate(x + "Reply", "Msg"), scope.allocate(Names.capitalize(r.name()) + x + "Projection", "Class")));
            }
        }
    }

    static boolean isPrimitive(dev.lockstep.lang.types.Type t) { return t instanceof Int || t instanceof Bool; }

    /** The element type when {@code t} is a sequence or a tuple whose elements share one type, else null. */
    static dev.lockstep.lang.types.Type seqElement(dev.lockstep.lang.types.Type t) {
        if (t instanceof dev.lockstep.lang.types.Type.SeqOf s) return s.element();
        if (t instanceof dev.lockstep.lang.types.Type.Tuple tu) {
            dev.lockstep.lang.types.Type e = dev.lockstep.lang.types.Type.ANY;
            for (dev.lockstep.lang.types.Type x : tu.elements()) {
                e = dev.lockstep.lang.types.Type.unify(e, x);
                if (e == null) return null;
            }
            return e;
        }
        return null;
    }

    /** The Java type of a value in a field, local or method signature (primitive for int and bool). */
    Type java(dev.lockstep.lang.types.Type t) {
        return switch (t) {
            case Int i -> PrimitiveType.longType();
            case Bool b -> PrimitiveType.booleanType();
            default -> boxed(t);
        };
    }

    /** The Java type of a value inside a collection or a type argument. */
    Type boxed(dev.lockstep.lang.types.Type t) {
        return switch (t) {
            case Int i -> J.type("Long");
            case Bool b -> J.type("Boolean");
            case dev.lockstep.lang.types.Type.Str s -> J.type("String");
            case dev.lockstep.lang.types.Type.Node n -> J.type("NodeId");
            case dev.lockstep.lang.types.Type.Any a -> J.type("Object");
            case dev.lockstep.lang.types.Type.Enum e -> J.type(enums.get(e.name()));
            case dev.lockstep.lang.types.Type.SetOf s -> J.type("Set", boxed(s.element()));
            case dev.lockstep.lang.types.Type.SeqOf s -> J.type("List", boxed(s.element()));
            case dev.lockstep.lang.types.Type.Tuple tu -> J.type("List", boxed(seqElement(tu)));
            case dev.lockstep.lang.types.Type.MapOf m -> J.type("Map", boxed(m.key()), boxed(m.value()));
            case dev.lockstep.lang.types.Type.Record r -> J.type(records.get(r));
            case dev.lockstep.lang.types.Type.Message m -> J.type(messages.get(m.name()));
        };
    }

    /**
     * An expression decoding the ITF tree {@code itf} into a value of type {@code t}; {@code depth} keeps lambda
     * parameter names distinct when decoders nest.
     */
    Expression decode(dev.lockstep.lang.types.Type t, Expression itf, int depth) {
        return switch (t) {
            case Int i -> J.call("Itf", "asLong", itf);
            case Bool b -> J.call("Itf", "asBoolean", itf);
            case dev.lockstep.lang.types.Type.Str s -> J.call("Itf", "asString", itf);
            case dev.lockstep.lang.types.Type.Node n -> J.call("Itf", "asNode", itf);
            case dev.lockstep.lang.types.Type.Enum e -> J.call(enums.get(e.name()), "fromItf", itf);
            case dev.lockstep.lang.types.Type.Record r -> J.call(records.get(r), "fromItf", itf);
            case dev.lockstep.lang.types.Type.Message m -> J.call(messages.get(m.name()), "fromItf",
                    J.call("Itf", "asRecord", itf));
            case dev.lockstep.lang.types.Type.SetOf s -> J.call("SpecValues", "setFromItf", itf, decoder(s.element(), depth));
            case dev.lockstep.lang.types.Type.SeqOf s -> J.call("SpecValues", "seqFromItf", itf, decoder(s.element(), depth));
            case dev.lockstep.lang.types.Type.Tuple tu -> J.call("SpecValues", "seqFromItf", itf,
                    decoder(seqElement(tu), depth));
            case dev.lockstep.lang.types.Type.MapOf m -> J.call("SpecValues", "mapFromItf", itf, decoder(m.key(), depth),
                    decoder(m.value(), depth));
            case dev.lockstep.lang.types.Type.Any a -> itf;
        };
    }

    /** A {@code Function<Object, T>} decoding ITF: a method reference where one exists, else a lambda. */
    Expression decoder(dev.lockstep.lang.types.Type t, int depth) {
        String x = "x" + depth;
        Expression body = decode(t, J.name(x), depth + 1);
        if (body instanceof com.github.javaparser.ast.expr.MethodCallExpr call && call.getArguments().size() == 1
                && call.getArguments().get(0).equals(J.name(x)) && call.getScope().isPresent()) {
            return new MethodReferenceExpr(call.getScope().get(), null, call.getNameAsString());
        }
        return J.lambda(body, x);
    }
}
