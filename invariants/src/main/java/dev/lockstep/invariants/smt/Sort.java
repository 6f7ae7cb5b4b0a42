package dev.lockstep.invariants.smt;

import java.util.List;

/** SMT sorts of the term layer. Enumerations and datatypes are nominal: two with the same name are one sort. */
public sealed interface Sort {
    Bool BOOL = new Bool();
    Int INT = new Int();
    Str STRING = new Str();

    /** The SMT-LIB spelling of the sort. */
    String smt();

    record Bool() implements Sort { public String smt() { return "Bool"; } }

    record Int() implements Sort { public String smt() { return "Int"; } }

    record Str() implements Sort { public String smt() { return "String"; } }

    /** A finite enumeration: nullary constructors only (node identities, enum labels). */
    record Enum(String name, List<String> labels) implements Sort {
        public Enum { labels = List.copyOf(labels); }

        public String smt() { return Smt.symbol(name); }

        /** Nominal: the name decides (comparing label lists on every term comparison was a hot spot). */
        @Override
        public boolean equals(Object o) { return o == this || (o instanceof Enum e && e.name.equals(name)); }

        @Override
        public int hashCode() { return name.hashCode(); }
    }

    record Field(String name, Sort sort) {}

    record Ctor(String name, List<Field> fields) {
        public Ctor { fields = List.copyOf(fields); }
    }

    /** An algebraic datatype (records, tuples, messages), never recursive. */
    record Datatype(String name, List<Ctor> ctors) implements Sort {
        public Datatype { ctors = List.copyOf(ctors); }

        public String smt() { return Smt.symbol(name); }

        /** Nominal, like {@link Enum}. */
        @Override
        public boolean equals(Object o) { return o == this || (o instanceof Datatype d && d.name.equals(name)); }

        @Override
        public int hashCode() { return name.hashCode(); }

        public int ctorIndex(String ctor) {
            for (int i = 0; i < ctors.size(); i++) if (ctors.get(i).name().equals(ctor)) return i;
            throw new IllegalArgumentException(name + " has no constructor " + ctor);
        }
    }

    record Array(Sort domain, Sort range) implements Sort {
        public String smt() { return "(Array " + domain.smt() + " " + range.smt() + ")"; }
    }
}
