package dev.lockstep.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code lockstep:check}: the {@code lockstep check} command on every spec and model. Checks each model with TLC
 * (the TLA+ model checker) on the spec's TLA+ translation.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY)
public final class CheckMojo extends CliMojo {
    @Override
    String command() { return "check"; }
}
