package dev.lockstep.spectojava;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.value.IntV;
import java.util.List;

/**
 * The exchange's {@code spec(constants, self)}: its projection as the runtime's {@code ExchangeSpec}, over ITF
 * messages (docs/runtime.md, "Exchanges"), which a generated machine returns from {@code exchanges()}. Written as
 * Java text and parsed: it only wires the projection's typed functions to the runtime's interfaces.
 */
final class RuntimeGlue {
    private RuntimeGlue() {}

    static List<MethodDeclaration> members(ExchangeSplit split, TypeMapper.ExchangeNames names,
                                           String state, String constants, boolean layered) {
        // A layered role's functions also take the lower layers on the node (reads L).
        String c = layered ? "constants, layers" : "constants";
        String rate = split.exchange().rate() instanceof Expr.Lit l && l.value() instanceof IntV n
                ? n.value() + ".0" : "1.0";
        String weight = split.exchange().weight() != null ? "weight(" + c + ", self, s, peer)" : "1L";
        MethodDeclaration spec = StaticJavaParser.parseMethodDeclaration(
                "public static ExchangeSpec<" + state + "> spec(" + constants + " constants, "
                + (layered ? "Layers layers, " : "") + "NodeId self) {\n"
                + "    return new ExchangeSpec<>(\"" + split.action().name() + "\", \""
                + Locations.of(split.action().span()) + "\", " + split.exchange().mayFail() + ",\n"
                + "        s -> SpecValues.elements(view(" + c + ", self, s)),\n"
                + "        (s, peer) -> " + weight + ",\n"
                + "        s -> " + rate + ",\n"
                + "        (s, peer) -> initiates(" + c + ", self, s, peer),\n"
                + "        (s, peer) -> f1(" + c + ", self, s, peer),\n"
                + "        (s, msg1) -> answer(f2(" + c + ", self, s, " + names.request() + ".fromItf(msg1))),\n"
                + "        (s, peer, msg2) -> f3(" + c + ", self, s, peer, " + names.reply() + ".fromItf(msg2)));\n"
                + "}");
        UnitFactory.doc(spec, "The exchange for the runtime, at node {@code self}: its view, weights and rate (per round),"
                + " and f1/f2/f3 over ITF messages.", split.action().span());
        MethodDeclaration answer = StaticJavaParser.parseMethodDeclaration(
                "private static ExchangeSpec.Answer<" + state + "> answer(Answer a) {\n"
                + "    return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));\n"
                + "}");
        UnitFactory.doc(answer, "f2's answer for the runtime: no reply (null) when the receiver declines.",
                split.exchange().span());
        return List.of(spec, answer);
    }
}
