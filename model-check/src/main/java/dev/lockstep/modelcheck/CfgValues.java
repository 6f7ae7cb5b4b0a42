package dev.lockstep.modelcheck;

import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Constant values as a TLC {@code .cfg} file can spell them. A value the .cfg cannot spell (sequences, records,
 * functions, sets of sets, the 32-bit minimum) is bound in the module instead, through an operator the .cfg
 * substitutes with {@code <-}.
 */
final class CfgValues {
    private CfgValues() {}

    /** The value as the .cfg can spell it (numbers, strings, booleans, model values, sets of them), or null. */
    static String spell(Value v, TlaNames names) {
        if (!canSpell(v)) return null;
        return switch (v) {
            case IntV i -> i.value() < 0 ? "-" + (-i.value()) : Long.toString(i.value());
            case BoolV b -> b.value() ? "TRUE" : "FALSE";
            case StrV s -> TlaExprPrinter.quote(s.value());
            case EnumV e -> TlaExprPrinter.quote(e.label());
            case NodeV n -> names.node(n.name());
            case SetV s -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) {
                    if (s.get(i) instanceof SetV) yield null;
                    String e = spell(s.get(i), names);
                    if (e == null) yield null;
                    out.add(e);
                }
                yield "{" + String.join(", ", out) + "}";
            }
            case SeqV s -> null;
            case RecordV r -> null;
            case FnV f -> null;
        };
    }

    static boolean canSpell(Value v) {
        return switch (v) {
            case IntV i -> i.value() != Integer.MIN_VALUE; // the .cfg cannot negate 2147483648
            case BoolV b -> true;
            case StrV s -> true;
            case EnumV e -> true;
            case NodeV n -> true;
            case SetV s -> s.elements().stream().allMatch(e -> !(e instanceof SetV) && canSpell(e));
            case SeqV s -> false;
            case RecordV r -> false;
            case FnV f -> false;
        };
    }
}
