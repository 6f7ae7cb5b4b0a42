package gen.paxosbrokenpromise;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosBrokenPromise, one record per message type. (spec: paxos-broken-promise.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-broken-promise.lstep")
public sealed interface PaxosBrokenPromiseMessage extends Message permits P1a, P1b, P2a, P2b {
}
