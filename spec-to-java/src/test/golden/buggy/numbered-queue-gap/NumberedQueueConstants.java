package gen.numberedqueue;

import dev.lockstep.runtime.api.NodeId;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol NumberedQueue, bound by a model; the spec's definitions are methods because they read constants only. (spec: numbered-queue-gap.lstep:8:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public record NumberedQueueConstants(NodeId S, NodeId R) {

    public NumberedQueueConstants {
        Objects.requireNonNull(S, "S");
        Objects.requireNonNull(R, "R");
    }

    /**
     * The constants of model small. (spec: numbered-queue-gap.lstep:36:1)
     */
    public static NumberedQueueConstants small() {
        NodeId S = NodeId.of("s");
        NodeId R = NodeId.of("r");
        return new NumberedQueueConstants(S, R);
    }
}
