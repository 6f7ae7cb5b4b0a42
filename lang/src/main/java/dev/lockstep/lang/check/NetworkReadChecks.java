package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.NetworkQuery;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the reads of the network: {@code Msgs(M)} and the multiplicity reads {@code Copies(m)},
 * {@code Channel(M, a, b)} and {@code ChannelLen(a, b)} (docs/language.md sections 5.2 and 5.9). All are global
 * reads, refused in actions and constant expressions; the channel reads only on a fifo network.
 */
record NetworkReadChecks(Symbols symbols, Diagnostics diags, ExprChecker exprs) {
    /** {@code Msgs(M)}: the set of distinct messages of type M in flight. */
    Expr msgs(Ast.Call c, Context ctx) {
        if (c.args().size() != 1 || !(c.args().get(0) instanceof Ast.Name n)) {
            diags.error(Code.WRONG_ARITY, c.span(), "Msgs takes one message type, as in Msgs(Prepared)");
            return exprs.error(c.span());
        }
        Type.Message type = symbols.messages.get(n.name());
        if (type == null) {
            diags.error(Code.UNKNOWN_MESSAGE, n.span(), "unknown message type '" + n.name() + "'");
            return exprs.error(c.span());
        }
        readsNetwork(c, ctx, n.name());
        return new Expr.NetworkView(n.name(), new Type.SetOf(type), c.span());
    }

    /**
     * Where reading the network is allowed: only in global expressions (invariants, properties, definitions they
     * use), which are marked as reading the global state; {@code message} names the type an action should receive.
     */
    private void readsNetwork(Ast.Call c, Context ctx, String message) {
        switch (ctx.kind) {
            case ACTION, VAR_INIT -> diags.error(Code.NETWORK_READ_IN_ACTION, c.span(),
                    "an action cannot look into the network", "receive messages with 'on receive m: " + message + "'");
            case ROLE_NODES, MODEL -> diags.error(Code.NOT_CONSTANT, c.span(),
                    "this must be a constant expression, but it reads the network");
            case GLOBAL -> ctx.readsGlobalState = true;
        }
    }

    /** {@code Copies(m)}, {@code Channel(M, a, b)} or {@code ChannelLen(a, b)}. */
    Expr check(NetworkQuery query, Ast.Call c, Context ctx) {
        if (c.args().size() != query.arity()) {
            diags.error(Code.WRONG_ARITY, c.span(), query.spelling() + " takes " + query.arity() + " arguments, not "
                    + c.args().size(), switch (query) {
                        case COPIES -> "as in Copies(m), with m a message";
                        case CHANNEL -> "as in Channel(Ping, a, b): the Ping messages on channel a to b";
                        case CHANNEL_LEN -> "as in ChannelLen(a, b): the messages on channel a to b";
                    });
            return exprs.error(c.span());
        }
        readsNetwork(c, ctx, "M");
        if (query != NetworkQuery.COPIES && symbols.networkKind != CheckedSpec.NetworkKind.FIFO) {
            diags.error(Code.CHANNEL_NOT_FIFO, c.span(), query.spelling() + " reads a fifo channel, but the network is "
                    + symbols.networkKind.name().toLowerCase(Locale.ROOT),
                    "on a set or bag network count copies with Copies(m), e.g. \\A m \\in Msgs(M) : Copies(m) <= 2");
        }
        List<Ast.Expr> rest = c.args();
        Type type = Type.INT;
        if (query == NetworkQuery.CHANNEL) {
            if (!(c.args().get(0) instanceof Ast.Name n) || symbols.messages.get(n.name()) == null) {
                diags.error(Code.UNKNOWN_MESSAGE, c.args().get(0).span(), "Channel's first argument is a message type");
                return exprs.error(c.span());
            }
            type = new Type.SeqOf(symbols.messages.get(n.name()));
            rest = c.args().subList(1, 3);
        }
        List<Expr> args = new ArrayList<>();
        for (Ast.Expr a : rest) args.add(exprs.check(a, ctx));
        if (query == NetworkQuery.COPIES) {
            if (!(args.get(0).type() instanceof Type.Message) && !(args.get(0).type() instanceof Type.Any)) {
                diags.error(Code.TYPE_MISMATCH, args.get(0).span(), "Copies counts a message, not a "
                        + args.get(0).type());
            }
        } else {
            exprs.require(args.get(0), Type.NODE, "the channel's source");
            exprs.require(args.get(1), Type.NODE, "the channel's destination");
        }
        return new Expr.NetworkRead(query, args, type, c.span());
    }
}
