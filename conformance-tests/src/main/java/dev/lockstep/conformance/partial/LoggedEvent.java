package dev.lockstep.conformance.partial;

import dev.lockstep.conformance.TraceOrigin;
import dev.lockstep.conformance.partial.PartialMapping.EventMapping;
import dev.lockstep.lang.value.Value;
import java.util.List;
import java.util.Map;

/**
 * One log line read through the mapping, its values decoded by the spec's types: the constraints it puts on the
 * spec step it stands for (or, for an observation, on the state).
 *
 * @param node      the node (a model value), or null for an observation of no particular node
 * @param role      the node's role index, or -1
 * @param base      the slot of the node's first variable, or -1
 * @param params    parameter name to logged value
 * @param vars      variable index (in the node's role) to logged value
 * @param sent      the messages the step sent, each as the fields it logs (spec field name to value); null when the
 *                  event does not log sends
 */
record LoggedEvent(TraceOrigin origin, EventMapping mapping, Value node, int role, int base,
                   Map<String, Value> params, Map<Integer, Value> vars, List<Map<String, Value>> sent) {}
