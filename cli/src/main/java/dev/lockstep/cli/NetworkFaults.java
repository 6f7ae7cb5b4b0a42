package dev.lockstep.cli;

import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationOptions;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The faults the simulator injects (a picocli mixin): {@code --drop}, {@code --dup}, {@code --crash}, each a
 * probability; refused when the protocol's network cannot have them, and repeated in a replay command line.
 */
final class NetworkFaults {
    @Option(names = "--drop", paramLabel = "P", defaultValue = "0", converter = OptionTypes.Probability.class,
            description = "Drop probability per message, 0..1; refused unless the network is lossy.")
    double drop;

    @Option(names = "--dup", paramLabel = "P", defaultValue = "0", converter = OptionTypes.Probability.class,
            description = "Duplicate probability per delivery, 0..1; refused unless the network is duplicating or a set.")
    double dup;

    @Option(names = "--crash", paramLabel = "P", defaultValue = "0", converter = OptionTypes.Probability.class,
            description = "Crash probability per event, 0..1.")
    double crash;

    SimulationOptions applyTo(SimulationOptions options) { return options.withFaults(drop, dup, crash); }

    /** The options as a command line that repeats the run gives them. */
    String replayArgs() { return String.format(Locale.ROOT, "--drop %s --dup %s --crash %s", drop, dup, crash); }

    /**
     * A fault asked for that the spec's network does not allow, so that the simulator would silently never inject
     * it (null when every asked fault can happen). Refused rather than warned about: a run that claims to have
     * tested message loss must have been able to lose messages.
     */
    String refusedBy(ProtocolDescriptor protocol) {
        NetworkSpec n = protocol.network();
        String network = n.kind().name().toLowerCase(Locale.ROOT) + (n.lossy() ? " lossy" : "")
                + (n.duplicating() ? " duplicating" : "");
        if (drop > 0 && !n.lossy()) {
            return "--drop " + drop + ": the network of " + protocol.protocol() + " (" + network + ") is not lossy, so "
                    + "no message would ever be dropped; declare the network lossy in the spec, or leave out --drop";
        }
        if (dup > 0 && !n.duplicating() && n.kind() != NetworkSpec.Kind.SET) {
            return "--dup " + dup + ": the network of " + protocol.protocol() + " (" + network + ") never delivers a "
                    + "message twice; declare it duplicating (or a set) in the spec, or leave out --dup";
        }
        return null;
    }
}
