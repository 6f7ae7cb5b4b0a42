package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.Envelope;
import java.util.List;

/** Told of every step a node takes, right after its state changed and its trace event was written. */
@FunctionalInterface
public interface StepListener {
    void afterStep(NodeCore<?> node, Binding fired, Envelope consumed, List<Envelope> sent);

    StepListener NONE = (node, fired, consumed, sent) -> {};
}
