package dev.lockstep.cli;

import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationOptions;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The faults the simulator injects (a picocli mixin): {@code --drop}, {@code --dup}, {@code --crash}, each a
 * probability; refused when the protocol's network cannot have them, and repeated in a replay command line. Each
 * {@link Fault} holds its option, its help and what the network must allow for it; the options are declared from
 * that table ({@link Declare}), so a fault is written down once for parsing, help, refusal and replay.
 */
@Command(modelTransformer = NetworkFaults.Declare.class)
final class NetworkFaults {
    /** A fault, in the order of {@link SimulationOptions#withFaults} and of the replay command line. */
    enum Fault {
        DROP("--drop", "Drop probability per message, 0..1; refused unless the network is lossy or"
                + " the spec has exchanges (their messages may be lost on any network).", NetworkSpec::lossy,
                "is not lossy, so no message would ever be dropped; declare the network lossy in the spec"),
        DUP("--dup", "Duplicate probability per delivery, 0..1; refused unless the network is duplicating or a set.",
                n -> n.duplicating() || n.kind() == NetworkSpec.Kind.SET,
                "never delivers a message twice; declare it duplicating (or a set) in the spec"),
        CRASH("--crash", "Crash probability per event, 0..1.", n -> true, null);

        final String option;
        final String help;
        /** Whether a network of this shape can have the fault at all. */
        final Predicate<NetworkSpec> possibleOn;
        /** Why a network where it is not possible never shows it, and what to declare instead. */
        final String impossible;

        Fault(String option, String help, Predicate<NetworkSpec> possibleOn, String impossible) {
            this.option = option;
            this.help = help;
            this.possibleOn = possibleOn;
            this.impossible = impossible;
        }
    }

    private final Map<Fault, Double> probability = new EnumMap<>(Fault.class);

    private double probability(Fault f) { return probability.getOrDefault(f, 0.0); }

    SimulationOptions applyTo(SimulationOptions options) {
        return options.withFaults(probability(Fault.DROP), probability(Fault.DUP), probability(Fault.CRASH));
    }

    /** The options as a command line that repeats the run gives them. */
    String replayArgs() {
        return Arrays.stream(Fault.values()).map(f -> f.option + " " + probability(f)).collect(Collectors.joining(" "));
    }

    /**
     * A fault asked for that the spec's network does not allow, so that the simulator would silently never inject
     * it (null when every asked fault can happen). Refused rather than warned about: a run that claims to have
     * tested message loss must have been able to lose messages.
     */
    String refusedBy(ProtocolDescriptor protocol) {
        NetworkSpec n = protocol.network();
        String network = n.kind().name().toLowerCase(Locale.ROOT) + (n.lossy() ? " lossy" : "")
                + (n.duplicating() ? " duplicating" : "");
        for (Fault f : Fault.values()) {
            if (probability(f) > 0 && !f.possibleOn.test(n) && !(f == Fault.DROP && hasExchanges(protocol))) {
                return f.option + " " + probability(f) + ": the network of " + protocol.protocol() + " (" + network
                        + ") " + f.impossible + ", or leave out " + f.option;
            }
        }
        return null;
    }

    /** Whether a role runs exchanges, whose messages the simulator drops on any network (docs/runtime.md, "Exchanges"). */
    private static boolean hasExchanges(ProtocolDescriptor protocol) {
        return protocol.roles().stream().anyMatch(r -> !r.nodes().isEmpty() && !r.machine(r.nodes().get(0)).exchanges().isEmpty());
    }

    /**
     * Declares the options (one per fault: label P, default 0, a probability) on the command that mixes this in;
     * picocli hands a mixin's model transformer the command's model.
     */
    static final class Declare implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            for (CommandSpec mixin : command.mixins().values()) {
                if (mixin.userObject() instanceof NetworkFaults faults) faults.declare(command);
            }
            return command;
        }
    }

    private void declare(CommandSpec command) {
        for (Fault f : Fault.values()) {
            ISetter setter = new ISetter() {
                @Override
                public <T> T set(T value) {
                    probability.put(f, (Double) value);
                    return null;
                }
            };
            command.addOption(OptionSpec.builder(f.option).paramLabel("P").type(double.class).defaultValue("0")
                    .converters(new OptionTypes.Probability()).description(f.help).setter(setter).build());
        }
    }
}
