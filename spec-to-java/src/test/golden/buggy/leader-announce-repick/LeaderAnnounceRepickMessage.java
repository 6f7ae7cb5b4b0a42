package gen.leaderannouncerepick;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol LeaderAnnounceRepick, one record per message type. (spec: leader-announce-repick.lstep:10:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce-repick.lstep")
public sealed interface LeaderAnnounceRepickMessage extends Message permits Announce, Ack {
}
