package dev.lockstep.invariants.calm;

import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.lockstep.invariants.lower.Scope;
import dev.lockstep.invariants.lower.SpecLowering;
import dev.lockstep.invariants.lower.Unsupported;
import dev.lockstep.invariants.lower.Vocabulary;
import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Sort;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.invariants.smt.Z3Terms;
import dev.lockstep.lang.analysis.MonotonicityReport;
import dev.lockstep.lang.analysis.Point;
import dev.lockstep.lang.analysis.Trend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.value.NodeV;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Z3 check of upward-closure (seed 003's rule {@code G(s) /\ s <= s' => G(s')}) for the guard conjuncts the
 * syntactic test ({@link dev.lockstep.lang.analysis.Monotonicity}) could not show upward-closed, on one model: for
 * the role's first node, is there a pair of states where the node's variables move up their lattices (sets grow,
 * ints move in their direction, booleans and enum labels rise, maps entry by entry; the other nodes and the
 * network unchanged) and the conjunct is true before and false after? Unsat: the conjunct is upward-closed after
 * all and is no coordination point. Sat: Z3 confirms it. Unknown, or a construct the prover does not encode:
 * the syntactic verdict stands, and the point says so.
 */
public final class UpwardClosure {
    /** The report's method after this check. */
    public static final String METHOD = "z3";

    private final ModelInstance model;
    private final SpecLowering lowering;
    private final Duration timeout;

    public UpwardClosure(ModelInstance model, Duration timeout) {
        this.model = model;
        this.lowering = new SpecLowering(model);
        this.timeout = timeout;
    }

    /** {@code syntactic} with every guard conjunct's point re-decided by Z3. */
    public MonotonicityReport refine(MonotonicityReport syntactic) {
        CheckedSpec spec = model.spec();
        List<MonotonicityReport.RoleResult> roles = new ArrayList<>();
        try (Context ctx = new Context()) {
            Z3Terms z3 = new Z3Terms(ctx);
            for (MonotonicityReport.RoleResult r : syntactic.roles()) {
                CheckedSpec.Role role = spec.role(r.name()).orElseThrow();
                List<MonotonicityReport.ActionResult> actions = new ArrayList<>();
                for (MonotonicityReport.ActionResult a : r.actions()) {
                    CheckedSpec.Action action = role.actions().stream().filter(x -> x.name().equals(a.name()))
                            .findFirst().orElse(null);
                    actions.add(action == null ? a : new MonotonicityReport.ActionResult(a.name(),
                            refine(role, r, action, a.points(), z3)));
                }
                roles.add(new MonotonicityReport.RoleResult(r.name(), r.vars(), actions, r.points()));
            }
        }
        return new MonotonicityReport(syntactic.spec(), METHOD, roles);
    }

    private List<Point> refine(CheckedSpec.Role role, MonotonicityReport.RoleResult r, CheckedSpec.Action action,
                               List<Point> points, Z3Terms z3) {
        List<Expr> conjuncts = Exprs.conjuncts(action.guard());
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            Expr conjunct = conjuncts.stream().filter(c -> c.span().equals(p.span())).findFirst().orElse(null);
            if (conjunct == null || model.nodes(role.index()).length == 0
                    || action.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll) {
                out.add(p);
                continue;
            }
            Status status;
            try {
                status = check(role, r, action, conjunct, z3);
            } catch (Unsupported e) {
                out.add(new Point(p.span(), p.reason() + " (syntactic: Z3 cannot encode " + e.getMessage() + ")"));
                continue;
            }
            switch (status) {
                case UNSATISFIABLE -> { } // upward-closed after all: not a coordination point
                case SATISFIABLE -> out.add(new Point(p.span(),
                        "the guard is not upward-closed: Z3 finds it true in a state and false in a larger one"));
                case UNKNOWN -> out.add(new Point(p.span(), p.reason() + " (syntactic: Z3 answered unknown)"));
            }
        }
        return out;
    }

    /** Sat exactly when some growth of the first node's state turns {@code conjunct} from true to false. */
    private Status check(CheckedSpec.Role role, MonotonicityReport.RoleResult r, CheckedSpec.Action action,
                         Expr conjunct, Z3Terms z3) {
        Vocabulary pre = lowering.vocabulary("");
        Vocabulary post = lowering.vocabulary("'");
        NodeV node = model.nodes(role.index())[0];
        Scope before = Scope.atNode(pre, node, role.index(), 0, action.frameSize());
        Scope after = Scope.atNode(post, node, role.index(), 0, action.frameSize());
        List<Term> facts = new ArrayList<>();
        String prefix = "calm." + action.name() + ".";
        if (action.trigger() instanceof CheckedSpec.Trigger.OnReceive rcv) {
            Sort.Datatype msgSort = lowering.sorts().msgSort(action.span());
            Term msg = new Term.Const(prefix + "m", msgSort);
            facts.add(Smt.isCtor(msgSort, msgSort.ctorIndex(rcv.messageType()), msg));
            before.symbolic(action.message().slot(), msg);
            after.symbolic(action.message().slot(), msg);
        }
        for (CheckedSpec.Param param : action.params()) {
            Term value = new Term.Const(prefix + param.local().name(), lowering.sorts().sortOf(param.local().type(),
                    param.local().span()));
            // The parameter ranges over its domain in the state before (where the guard was true).
            facts.add(Smt.select(lowering.exprs().lower(param.domain(), before), value));
            before.symbolic(param.local().slot(), value);
            after.symbolic(param.local().slot(), value);
        }
        growth(role, r, pre, post, facts);
        facts.add(lowering.exprs().lower(conjunct, before));
        facts.add(Smt.not(lowering.exprs().lower(conjunct, after)));
        Solver s = z3.context().mkSolver();
        Params params = z3.context().mkParams();
        params.add("timeout", (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        s.setParameters(params);
        for (Term t : facts) s.add(z3.bool(t));
        return s.check();
    }

    /** The first node's variables move up their lattices; everything else in the state stays as it was. */
    private void growth(CheckedSpec.Role role, MonotonicityReport.RoleResult r, Vocabulary pre, Vocabulary post,
                        List<Term> facts) {
        Set<Term> own = new HashSet<>();
        for (CheckedSpec.Var v : role.vars()) {
            Term a = pre.var(role.index(), 0, v.index());
            Term b = post.var(role.index(), 0, v.index());
            own.add(a);
            Trend trend = r.vars().get(v.index()).trend();
            switch (trend) {
                case CONST -> facts.add(Smt.eq(a, b));
                case UP -> facts.add(LatticeOrder.below(a, b, v.type(), lowering.sorts(), v.span()));
                case DOWN -> facts.add(LatticeOrder.below(b, a, v.type(), lowering.sorts(), v.span()));
                case NONE -> { } // off its lattice: it may take any value
            }
        }
        for (int slot = 0; slot < pre.size(); slot++) {
            if (!own.contains(pre.slot(slot))) facts.add(Smt.eq(pre.slot(slot), post.slot(slot)));
        }
    }
}
