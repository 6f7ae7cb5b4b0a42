package dev.lockstep.runtime.netty;

/** A cluster file that cannot be used; the message names the file and what is wrong. */
public final class ClusterConfigException extends RuntimeException {
    public ClusterConfigException(String message) { super(message); }
}
