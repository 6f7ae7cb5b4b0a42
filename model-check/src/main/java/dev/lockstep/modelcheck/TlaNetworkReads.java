package dev.lockstep.modelcheck;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.NetworkQuery;
import dev.lockstep.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The TLA+ of the network reads ({@code Copies}, {@code Channel}, {@code ChannelLen}) and of the {@code fifo lossy
 * any} Drop: helper operators over the translation's network value (docs/language.md, section 8), printed only when
 * the spec uses them, so other specs keep their golden TLA+.
 */
final class TlaNetworkReads {
    private TlaNetworkReads() {}

    /** Whether some global expression of {@code spec} (definition, invariant, property, constraint) reads them. */
    static boolean used(CheckedSpec spec) {
        return Stream.of(spec.defs().stream().map(CheckedSpec.Def::body),
                        spec.invariants().stream().map(CheckedSpec.Invariant::body),
                        spec.properties().stream().map(CheckedSpec.Property::body),
                        spec.models().stream().map(CheckedSpec.Model::constraint))
                .flatMap(s -> s)
                .anyMatch(e -> e != null && Exprs.anyMatch(e, x -> x instanceof Expr.NetworkRead));
    }

    static List<String> helpers(CheckedSpec spec) {
        List<String> out = new ArrayList<>();
        String net = TlaNames.NETWORK;
        if (spec.network().losesAny()) {
            out.add("\\* fifo lossy any: the message at position pos of channel c is lost.");
            out.add(TlaNames.REMOVE_AT + "(net, c, pos) ==");
            out.add("  IF Len(net[c]) = 1 THEN [x \\in DOMAIN net \\ {c} |-> net[x]]");
            out.add("  ELSE [net EXCEPT ![c] = SubSeq(@, 1, pos - 1) \\o SubSeq(@, pos + 1, Len(@))]");
        }
        if (!used(spec)) return out;
        out.add("\\* Reading the network with multiplicity (invariants and definitions only).");
        String copies = TlaNames.COPIES + "(msg) == ";
        switch (spec.network().kind()) {
            case SET -> out.add(copies + "IF msg \\in InFlight THEN 1 ELSE 0");
            case BAG -> out.add(copies + "IF msg \\in DOMAIN " + net + " THEN " + net + "[msg] ELSE 0");
            case FIFO -> {
                String withEnds = TlaNames.WITH_ENDS;
                out.add(copies.strip());
                out.add("  LET c == <<msg.src, msg.dst>>");
                out.add("  IN IF c \\in DOMAIN " + net + " THEN Cardinality({i \\in DOMAIN " + net + "[c] : "
                        + withEnds + "(" + net + "[c][i], c) = msg}) ELSE 0");
                out.add(TlaNames.CHANNEL_LEN + "(src, dst) == IF <<src, dst>> \\in DOMAIN " + net + " THEN Len("
                        + net + "[<<src, dst>>]) ELSE 0");
                out.add(TlaNames.CHANNEL + "(type, src, dst) ==");
                out.add("  LET q == IF <<src, dst>> \\in DOMAIN " + net + " THEN " + net + "[<<src, dst>>] ELSE <<>>");
                out.add("      S == SelectSeq(q, LAMBDA x : x.type = type)");
                out.add("  IN [i \\in 1..Len(S) |-> " + withEnds + "(S[i], <<src, dst>>)]");
            }
        }
        return out;
    }

    /** The call of a network read, its arguments printed by {@code print}. */
    static String call(Expr.NetworkRead n, java.util.function.Function<Expr, String> print) {
        List<String> args = new ArrayList<>();
        if (n.query() == NetworkQuery.CHANNEL && n.type() instanceof Type.SeqOf(Type.Message m)) {
            args.add(TlaExprPrinter.quote(m.name()));
        }
        for (Expr a : n.args()) args.add(print.apply(a));
        String name = switch (n.query()) {
            case COPIES -> TlaNames.COPIES;
            case CHANNEL -> TlaNames.CHANNEL;
            case CHANNEL_LEN -> TlaNames.CHANNEL_LEN;
        };
        return name + "(" + String.join(", ", args) + ")";
    }
}
