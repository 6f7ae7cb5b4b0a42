package dev.lockstep.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code lockstep:simulate}: the {@code lockstep simulate} command on every spec and model. Runs the Java generated
 * from each model on the deterministic simulated network, every step checked against the spec.
 */
@Mojo(name = "simulate", defaultPhase = LifecyclePhase.VERIFY)
public final class SimulateMojo extends CliMojo {
    @Override
    String command() { return "simulate"; }
}
