package dev.lockstep.invariants.prove;

import dev.lockstep.invariants.lower.SpecLowering;
import dev.lockstep.invariants.lower.Unsupported;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides, before any query is solved, whether the Z3 backend can encode a model faithfully. It first rejects
 * what the backend leaves out by design (a {@code fifo} network, sequences in the state or in messages), then lowers every root once (initial state, each action, each selected invariant, the
 * constraint), so that a construct lowering cannot encode is reported with its span, one diagnostic per root.
 */
public final class FragmentCheck {
    private FragmentCheck() {}

    public static List<Diagnostic> check(SpecLowering lowering, List<CheckedSpec.Invariant> invariants,
                                         List<CheckedSpec.Property> steps) {
        CheckedSpec spec = lowering.model().spec();
        List<Diagnostic> out = new ArrayList<>();
        if (spec.network().kind() == CheckedSpec.NetworkKind.FIFO) {
            out.add(Diagnostic.error(Code.UNSUPPORTED_BY_PROVER, spec.network().span(),
                    "Z3 backend: a fifo network (its channels are sequences) is not supported",
                    "the prover encodes set and bag networks; explore this model instead"));
        }
        for (CheckedSpec.Role role : spec.roles()) {
            for (CheckedSpec.Var v : role.vars()) typeOk(v.type(), "variable " + role.name() + "." + v.name(), v, out);
            // The Crash step is encoded (SpecLowering.crashSteps), but not the statements run after its reset.
            if (role.restart() != null) {
                out.add(Diagnostic.error(Code.UNSUPPORTED_BY_PROVER, role.restart().span(), "Z3 backend: the"
                        + " 'on restart' action of role " + role.name() + " is not supported",
                        "the prover encodes crash steps without an 'on restart' action; explore or check this model"));
            }
        }
        for (CheckedSpec.MessageDecl m : spec.messages()) {
            for (Type.Field f : m.type().fields()) {
                if (!representable(f.type())) {
                    out.add(Diagnostic.error(Code.UNSUPPORTED_BY_PROVER, m.span(), "Z3 backend: field " + m.name() + "."
                            + f.name() + " of type " + f.type() + " is not supported", "sequences are not encoded"));
                }
            }
        }
        if (!out.isEmpty()) return out;
        Queries q = new Queries(lowering, invariants);
        attempt(() -> lowering.initial(q.pre()), out);
        attempt(() -> lowering.constraint(q.pre()), out);
        for (CheckedSpec.Invariant inv : invariants) attempt(() -> lowering.invariant(inv, q.pre()), out);
        for (CheckedSpec.Property p : steps) attempt(() -> lowering.transition(p, q.pre(), q.post()), out);
        attempt(q::steps, out);
        out.sort(Comparator.comparing((Diagnostic d) -> d.span().start()));
        return out;
    }

    private static void typeOk(Type t, String what, CheckedSpec.Var v, List<Diagnostic> out) {
        if (!representable(t)) {
            out.add(Diagnostic.error(Code.UNSUPPORTED_BY_PROVER, v.span(), "Z3 backend: " + what + " of type " + t
                    + " is not supported", "sequences are encoded only as model constants"));
        }
    }

    private static boolean representable(Type t) {
        return switch (t) {
            case Type.SeqOf s -> false;
            case Type.MapOf m -> representable(m.key()) && representable(m.value());
            case Type.Any a -> false;
            case Type.SetOf s -> representable(s.element());
            case Type.Tuple tu -> tu.elements().stream().allMatch(FragmentCheck::representable);
            case Type.Record r -> r.fields().stream().allMatch(f -> representable(f.type()));
            default -> true;
        };
    }

    private static void attempt(Runnable lower, List<Diagnostic> out) {
        try {
            lower.run();
        } catch (Unsupported u) {
            out.add(u.toDiagnostic());
        } catch (EvalException e) {
            out.add(e.toDiagnostic());
        }
    }
}
