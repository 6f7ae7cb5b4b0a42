package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.Compiled;
import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the message records of a send: payload fields plus {@code type}, {@code src}, {@code dst}. Public so that
 * the conformance checker computes expected sends exactly as the explorer does.
 */
public final class MessageBuilder {
    /** Per message type: sorted field names, and where each payload field and src/dst/type go. */
    private record Shape(String[] names, int[] payloadPositions, int src, int dst, int type, StrV tag) {}

    private final Map<String, Shape> shapes = new HashMap<>();

    public MessageBuilder(CheckedSpec spec) {
        for (CheckedSpec.MessageDecl m : spec.messages()) {
            List<String> names = new ArrayList<>(List.of("src", "dst", "type"));
            m.type().fields().forEach(f -> names.add(f.name().intern()));
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(null);
            int[] payload = new int[m.type().fields().size()];
            for (int i = 0; i < payload.length; i++) payload[i] = sorted.indexOf(m.type().fields().get(i).name());
            shapes.put(m.name(), new Shape(sorted.toArray(String[]::new), payload, sorted.indexOf("src"),
                    sorted.indexOf("dst"), sorted.indexOf("type"), new StrV(m.name())));
        }
    }

    /** The messages {@code send} builds, compiled by {@code evaluator}. */
    public Sender sender(Stmt.Send send, Evaluator evaluator) {
        Compiled[] payload = send.values().stream().map(evaluator::compile).toArray(Compiled[]::new);
        return new Sender(shapes.get(send.messageType()), payload, evaluator.compile(send.to()), send.toSet());
    }

    /** One {@code send} statement, compiled: builds its messages in an environment. */
    public static final class Sender {
        private final Shape shape;
        /** The payload fields' values, in declaration order (the order of the statement's values). */
        private final Compiled[] payload;
        private final Compiled to;
        private final boolean toSet;

        private Sender(Shape shape, Compiled[] payload, Compiled to, boolean toSet) {
            this.shape = shape;
            this.payload = payload;
            this.to = to;
            this.toSet = toSet;
        }

        /** The messages sent in {@code env}: one, or one per node of the destination set. */
        public List<RecordV> build(Env env) {
            Value[] template = new Value[shape.names().length];
            template[shape.type()] = shape.tag();
            template[shape.src()] = env.self;
            for (int i = 0; i < payload.length; i++) template[shape.payloadPositions()[i]] = payload[i].eval(env);
            Value dst = to.eval(env);
            if (!toSet) {
                template[shape.dst()] = dst;
                return List.of(new RecordV(shape.names(), template));
            }
            SetV targets = (SetV) dst;
            List<RecordV> out = new ArrayList<>(targets.size());
            for (int i = 0; i < targets.size(); i++) out.add(withDst(shape, template, targets.get(i)));
            return out;
        }
    }

    private static RecordV withDst(Shape shape, Value[] template, Value dst) {
        Value[] values = template.clone();
        values[shape.dst()] = dst;
        return new RecordV(shape.names(), values);
    }
}
