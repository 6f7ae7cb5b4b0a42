package dev.lockstep.examples.raftkv;

import java.util.HashMap;
import java.util.Map;

/** The replicated map: committed commands applied in log order. Used from the node's thread only. */
final class KvStateMachine {
    private final Map<Integer, Integer> values = new HashMap<>();

    Reply apply(KvCommand c) {
        Integer current = values.get(c.key());
        return switch (c.op()) {
            case GET -> Reply.value(current);
            case PUT -> {
                values.put(c.key(), c.a());
                yield Reply.ok();
            }
            case CAS -> {
                boolean matches = c.a() == KvCommand.ABSENT ? current == null : current != null && current == c.a();
                if (matches) values.put(c.key(), c.b());
                yield matches ? Reply.ok() : Reply.casFailed();
            }
        };
    }
}
