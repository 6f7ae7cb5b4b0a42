package dev.lockstep.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code lockstep:prove}: the {@code lockstep prove} command on every spec and model. Proves each model's
 * invariants inductive with Z3 (or refutes them with a counterexample to induction).
 */
@Mojo(name = "prove", defaultPhase = LifecyclePhase.VERIFY)
public final class ProveMojo extends CliMojo {
    @Override
    String command() { return "prove"; }
}
