package dev.lockstep.cli;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.LinkFaults;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --link-faults [SRC>DST:]drop=P,dup=P,delay=MS[..MS]} (a picocli mixin, repeatable): seeded per-message
 * faults of the runtime ({@link LinkFaults}, docs/runtime.md, "Per-message faults"); without {@code SRC>DST:} the
 * rule is every link's. A rule that cannot be read, names a node the model lacks, or asks for a fault the spec's
 * network never has is refused with {@link Code#LINK_FAULTS_INVALID}.
 */
final class LinkFaultsOption {
    @Option(names = "--link-faults", paramLabel = "[SRC>DST:]drop=P,dup=P,delay=MS[..MS]",
            description = "Per-message faults on receipt, seeded by --seed: drop and duplicate probabilities and a "
                    + "uniform extra delay in ms, on every link or on the link SRC>DST; repeatable "
                    + "(docs/runtime.md, \"Per-message faults\").")
    List<String> rules = new ArrayList<>();

    /** A rule the option cannot use; its message names the rule and the problem. */
    static final class BadRule extends IllegalArgumentException {
        BadRule(String rule, String problem) {
            super("--link-faults " + rule + ": " + Code.LINK_FAULTS_INVALID.id() + " " + problem);
        }
    }

    /** The faults of the rules for {@code protocol}'s nodes and network, seeded by {@code seed}; none without rules. */
    LinkFaults resolve(ProtocolDescriptor protocol, long seed) {
        LinkFaults faults = parse(rules, seed, new TreeSet<>(protocol.nodes()));
        String refusal = faults.refusal(protocol.network());
        if (refusal != null) throw new BadRule(String.join(" ", rules), refusal);
        return faults;
    }

    static LinkFaults parse(List<String> rules, long seed, Set<NodeId> nodes) {
        LinkFaults faults = LinkFaults.NONE;
        LinkFaults.Rule all = LinkFaults.Rule.NONE;
        Set<String> seen = new HashSet<>();
        for (String text : rules) {
            int colon = text.indexOf(':');
            String link = colon < 0 ? "" : text.substring(0, colon).strip();
            if (!seen.add(link)) {
                throw new BadRule(text, link.isEmpty() ? "a second rule for every link" : "a second rule for " + link);
            }
            LinkFaults.Rule rule = rule(text, colon < 0 ? text : text.substring(colon + 1));
            if (link.isEmpty()) {
                all = rule;
                continue;
            }
            String[] ends = link.split(">", -1);
            if (ends.length != 2) throw new BadRule(text, "a link is SRC>DST, e.g. s1>s2");
            NodeId src = node(text, ends[0], nodes), dst = node(text, ends[1], nodes);
            if (src.equals(dst)) throw new BadRule(text, "a link joins two different nodes");
            faults = faults.withLink(src, dst, rule);
        }
        return new LinkFaults(seed, all, faults.links());
    }

    private static NodeId node(String rule, String name, Set<NodeId> nodes) {
        NodeId id = NodeId.of(name.strip());
        if (!nodes.contains(id)) throw new BadRule(rule, "no node " + name.strip() + " in the model (nodes: " + nodes + ")");
        return id;
    }

    private static LinkFaults.Rule rule(String text, String settings) {
        double drop = 0, dup = 0;
        long lo = 0, hi = 0;
        Set<String> keys = new HashSet<>();
        for (String setting : settings.split(",", -1)) {
            String[] kv = setting.split("=", -1);
            String key = kv[0].strip();
            if (kv.length != 2 || !keys.add(key)) {
                throw new BadRule(text, "settings are drop=P, dup=P and delay=MS or delay=LO..HI, each once, "
                        + "separated by commas");
            }
            String value = kv[1].strip();
            switch (key) {
                case "drop" -> drop = probability(text, key, value);
                case "dup" -> dup = probability(text, key, value);
                case "delay" -> {
                    String[] range = value.split("\\.\\.", -1);
                    lo = millis(text, range[0]);
                    hi = range.length == 1 ? lo : millis(text, range[1]);
                    if (range.length > 2 || hi < lo) throw new BadRule(text, "delay is MS or LO..HI with LO <= HI");
                }
                default -> throw new BadRule(text, "unknown setting " + key + " (drop, dup or delay)");
            }
        }
        return new LinkFaults.Rule(drop, dup, lo, hi);
    }

    /** A setting's number, read as the options' own are ({@link OptionTypes}); a bad one names the rule. */
    private static double probability(String text, String key, String value) {
        try {
            return new OptionTypes.Probability().convert(value);
        } catch (TypeConversionException e) {
            throw new BadRule(text, key + " is a probability between 0 and 1, not " + value);
        }
    }

    private static long millis(String text, String value) {
        try {
            return OptionTypes.integer(value, 0, Long.MAX_VALUE, "milliseconds");
        } catch (TypeConversionException e) {
            throw new BadRule(text, "a delay is a whole number of milliseconds, at least 0, not " + value.strip());
        }
    }
}
