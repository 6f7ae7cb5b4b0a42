package gen.leaderannounce;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol LeaderAnnounce, one record per message type. (spec: leader-announce.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
public sealed interface LeaderAnnounceMessage extends Message permits Announce, Ack {
}
