package dev.lockstep.examples.raftkv;

import dev.lockstep.conformance.history.HistoryRecorder;
import dev.lockstep.conformance.history.KvModel;

/** Records a client's commands and answers in the linearizability checker's terms ({@link KvModel}). */
final class KvHistory {
    final HistoryRecorder<KvModel.Op, KvModel.Result> recorder = new HistoryRecorder<>();

    static KvModel.Op op(KvCommand c) {
        String key = "k" + c.key();
        return switch (c.op()) {
            case GET -> new KvModel.Get(key);
            case PUT -> new KvModel.Put(key, Integer.toString(c.a()));
            case CAS -> new KvModel.Cas(key, c.a() == KvCommand.ABSENT ? null : Integer.toString(c.a()),
                    Integer.toString(c.b()));
        };
    }

    /** Runs {@code c} through {@code client} and records it: settled, certainly not applied (dropped), or unknown. */
    Reply run(int clientId, KvClient client, KvCommand c) throws InterruptedException {
        var call = recorder.invoke(clientId, op(c));
        Reply r = client.execute(c);
        switch (r.kind()) {
            case VALUE -> call.ok(KvModel.Result.value(r.intValue() == null ? null : r.intValue().toString()));
            case OK -> call.ok(c.op() == KvCommand.Op.GET ? KvModel.Result.value(null) : KvModel.Result.ok(true));
            case FAILED -> call.ok(KvModel.Result.ok(false));
            case RETRY, ERROR, REDIRECT -> call.failed();
            case UNKNOWN -> call.unknown();
        }
        return r;
    }
}
