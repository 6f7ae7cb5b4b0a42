package dev.lockstep.cluster;

import dev.lockstep.lang.diag.Code;

/**
 * A distributed search that could not run or could not finish: a bad setting, no worker reachable, a member without
 * the secret, a member lost mid-run. It carries no verdict; the command line reports it and exits 2.
 */
public final class ClusterFailure extends RuntimeException {
    private final Code code;

    public ClusterFailure(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ClusterFailure(Code code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.code = code;
    }

    public Code code() { return code; }
}
