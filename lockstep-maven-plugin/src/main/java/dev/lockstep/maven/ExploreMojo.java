package dev.lockstep.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code lockstep:explore}: the {@code lockstep explore} command on every spec and model. Explores every state of
 * each model with Lockstep's explicit-state explorer: invariants, deadlock, liveness.
 */
@Mojo(name = "explore", defaultPhase = LifecyclePhase.VERIFY)
public final class ExploreMojo extends CliMojo {
    @Override
    String command() { return "explore"; }
}
