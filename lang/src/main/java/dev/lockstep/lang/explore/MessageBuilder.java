package dev.lockstep.lang.explore;

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

    public List<RecordV> build(Stmt.Send send, Evaluator evaluator, Env env) {
        Shape shape = shapes.get(send.messageType());
        Value[] template = new Value[shape.names().length];
        template[shape.type()] = shape.tag();
        template[shape.src()] = env.self;
        // Payload fields follow the declaration order, which is also the order of send.values().
        for (int i = 0; i < send.values().size(); i++) {
            template[shape.payloadPositions()[i]] = evaluator.eval(send.values().get(i), env);
        }
        Value to = evaluator.eval(send.to(), env);
        List<RecordV> out = new ArrayList<>();
        if (send.toSet()) {
            SetV targets = (SetV) to;
            for (int i = 0; i < targets.size(); i++) out.add(withDst(shape, template, targets.get(i)));
        } else {
            out.add(withDst(shape, template, to));
        }
        return out;
    }

    private static RecordV withDst(Shape shape, Value[] template, Value dst) {
        Value[] values = template.clone();
        values[shape.dst()] = dst;
        return new RecordV(shape.names(), values);
    }
}
