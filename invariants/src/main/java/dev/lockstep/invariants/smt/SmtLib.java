package dev.lockstep.invariants.smt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a query (assertions over terms) as an SMT-LIB 2 script: the sorts it uses, its constants, its
 * assertions and {@code (check-sat)}. The output is deterministic, so it serves as a golden file, and it can be
 * fed to any SMT-LIB solver to reproduce a verdict.
 */
public final class SmtLib {
    private final Set<Sort> sorts = new LinkedHashSet<>();
    private final Map<String, Sort> consts = new LinkedHashMap<>();

    private SmtLib() {}

    public static String script(String comment, List<Term> assertions) {
        SmtLib p = new SmtLib();
        for (Term t : assertions) p.collect(t);
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) out.append("; ").append(line).append('\n');
        for (Sort s : p.sorts) p.declare(s, out);
        p.consts.forEach((name, sort) -> out.append("(declare-const ").append(Smt.symbol(name)).append(' ')
                .append(sort.smt()).append(")\n"));
        // One assertion per top-level conjunct: the same query, and a readable, diffable golden file.
        for (Term t : assertions) {
            List<Term> parts = t instanceof Term.App a && a.op() == Term.Op.AND ? a.args() : List.of(t);
            for (Term part : parts) {
                if (!part.equals(Smt.TRUE)) out.append("(assert ").append(print(part)).append(")\n");
            }
        }
        out.append("(check-sat)\n");
        return out.toString();
    }

    private void declare(Sort s, StringBuilder out) {
        switch (s) {
            case Sort.Enum e -> {
                out.append("(declare-datatype ").append(e.smt()).append(" (");
                for (int i = 0; i < e.labels().size(); i++) {
                    out.append(i > 0 ? " " : "").append('(').append(Smt.symbol(e.labels().get(i))).append(')');
                }
                out.append("))\n");
            }
            case Sort.Datatype d -> {
                out.append("(declare-datatype ").append(d.smt()).append(" (");
                for (int i = 0; i < d.ctors().size(); i++) {
                    Sort.Ctor c = d.ctors().get(i);
                    out.append(i > 0 ? " " : "").append('(').append(Smt.symbol(c.name()));
                    for (Sort.Field f : c.fields()) {
                        out.append(" (").append(Smt.symbol(accessor(c, f))).append(' ').append(f.sort().smt())
                                .append(')');
                    }
                    out.append(')');
                }
                out.append("))\n");
            }
            default -> { }
        }
    }

    static String accessor(Sort.Ctor c, Sort.Field f) { return c.name() + "." + f.name(); }

    /** Registers a sort after the sorts it is built from, so declarations come in dependency order. */
    private void use(Sort s) {
        if (sorts.contains(s)) return;
        switch (s) {
            case Sort.Datatype d -> d.ctors().forEach(c -> c.fields().forEach(f -> use(f.sort())));
            case Sort.Array a -> {
                use(a.domain());
                use(a.range());
            }
            default -> { }
        }
        if (s instanceof Sort.Enum || s instanceof Sort.Datatype) sorts.add(s);
    }

    private void collect(Term t) {
        use(t.sort());
        switch (t) {
            case Term.Const c -> consts.putIfAbsent(c.name(), c.sort());
            case Term.App a -> a.args().forEach(this::collect);
            case Term.CtorApp c -> {
                use(c.sort());
                c.args().forEach(this::collect);
            }
            case Term.Accessor s -> {
                use(s.datatype());
                collect(s.arg());
            }
            case Term.IsCtor i -> {
                use(i.datatype());
                collect(i.arg());
            }
            case Term.ConstArray c -> collect(c.value());
            case Term.Quant q -> {
                q.vars().forEach(v -> use(v.sort()));
                collect(q.body());
            }
            case Term.Lambda l -> {
                use(l.var().sort());
                collect(l.body());
            }
            default -> { }
        }
    }

    public static String print(Term t) {
        StringBuilder b = new StringBuilder();
        print(t, b);
        return b.toString();
    }

    private static void print(Term t, StringBuilder b) {
        switch (t) {
            case Term.Const c -> b.append(Smt.symbol(c.name()));
            case Term.Bound v -> b.append(Smt.symbol(v.name()));
            case Term.BoolLit l -> b.append(l.value() ? "true" : "false");
            case Term.IntLit i -> b.append(i.value() < 0 ? "(- " + (-i.value()) + ")" : Long.toString(i.value()));
            case Term.StrLit s -> b.append('"').append(s.value().replace("\"", "\"\"")).append('"');
            case Term.EnumLit e -> b.append(Smt.symbol(e.label()));
            case Term.App a -> application(opName(a.op()), a.args(), b);
            case Term.CtorApp c -> {
                Sort.Ctor ctor = c.sort().ctors().get(c.ctor());
                if (c.args().isEmpty()) {
                    b.append(Smt.symbol(ctor.name()));
                } else {
                    application(Smt.symbol(ctor.name()), c.args(), b);
                }
            }
            case Term.Accessor s -> {
                Sort.Ctor ctor = s.datatype().ctors().get(s.ctor());
                b.append('(').append(Smt.symbol(accessor(ctor, ctor.fields().get(s.field())))).append(' ');
                print(s.arg(), b);
                b.append(')');
            }
            case Term.IsCtor i -> {
                b.append("((_ is ").append(Smt.symbol(i.datatype().ctors().get(i.ctor()).name())).append(") ");
                print(i.arg(), b);
                b.append(')');
            }
            case Term.ConstArray c -> {
                b.append("((as const ").append(c.sort().smt()).append(") ");
                print(c.value(), b);
                b.append(')');
            }
            case Term.Quant q -> {
                b.append(q.forall() ? "(forall (" : "(exists (");
                List<String> vs = new ArrayList<>();
                for (Term.Bound v : q.vars()) vs.add("(" + Smt.symbol(v.name()) + " " + v.sort().smt() + ")");
                b.append(String.join(" ", vs)).append(") ");
                print(q.body(), b);
                b.append(')');
            }
            case Term.Lambda l -> {
                b.append("(lambda ((").append(Smt.symbol(l.var().name())).append(' ').append(l.var().sort().smt())
                        .append(")) ");
                print(l.body(), b);
                b.append(')');
            }
        }
    }

    /** {@code (head arg1 arg2 ...)}. */
    private static void application(String head, List<Term> args, StringBuilder b) {
        b.append('(').append(head);
        for (Term x : args) {
            b.append(' ');
            print(x, b);
        }
        b.append(')');
    }

    private static String opName(Term.Op op) {
        return switch (op) {
            case NOT -> "not";
            case AND -> "and";
            case OR -> "or";
            case IMPLIES -> "=>";
            case EQ -> "=";
            case ITE -> "ite";
            case ADD -> "+";
            case SUB, NEG -> "-";
            case MUL -> "*";
            case DIV -> "div";
            case MOD -> "mod";
            case LT -> "<";
            case LE -> "<=";
            case SELECT -> "select";
            case STORE -> "store";
        };
    }
}
