package dev.lockstep.junit;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link ConformanceHarness} parameters from the {@link LockstepConformance} annotation on the test method
 * (or its class). The spec is found by {@link SpecLocation} and loaded once per test run and model; trace files of
 * diverging seeds are kept under {@code target/lockstep-conformance/<test>} so that the failure message can point at
 * them. After a test that passed, the seeds and events its harnesses checked are published as a report entry (and
 * printed), so a green run shows how much it checked.
 */
public final class LockstepConformanceExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LockstepConformanceExtension.class);
    private static final String HARNESS = "harness";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConformanceHarness.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LockstepConformance config = find(context.getElement())
                .or(() -> context.getTestClass().flatMap(LockstepConformanceExtension::find))
                .orElseThrow(() -> new ParameterResolutionException("a ConformanceHarness parameter needs "
                        + "@LockstepConformance on the test method or class"));
        Path spec;
        try {
            spec = SpecLocation.resolve(config.spec(), context.getRequiredTestClass());
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException("@LockstepConformance: " + e.getMessage());
        }
        ModelInstance model;
        try {
            model = context.getRoot().getStore(NS).getOrComputeIfAbsent(spec.toAbsolutePath() + "#" + config.model(),
                    k -> ConformanceHarness.load(spec, config.model()), ModelInstance.class);
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(e.getMessage());
        }
        Path work = Path.of("target", "lockstep-conformance",
                context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new ParameterResolutionException("cannot create " + work, e);
        }
        ConformanceHarness harness = new ConformanceHarness(model, config.firstSeed(), config.seeds(), config.online(), work);
        context.getStore(NS).put(HARNESS, harness);
        return harness;
    }

    /** After a passing test whose harness checked seeds, none diverging: how many seeds and events it checked. */
    @Override
    public void afterEach(ExtensionContext context) {
        ConformanceHarness harness = context.getStore(NS).get(HARNESS, ConformanceHarness.class);
        if (harness == null || context.getExecutionException().isPresent()) return;
        ConformanceHarness.Summary s = harness.summary();
        // Claim nothing when nothing was checked, or when a seed diverged and the test expected it (firstFailure).
        if (s.seeds() == 0 || s.diverged() > 0) return;
        ModelInstance m = harness.model();
        String line = "lockstep: " + s.seeds() + (s.seeds() == 1 ? " seed, " : " seeds, ") + s.events()
                + " events checked against " + m.spec().name() + " model " + m.model().name() + ": all conform";
        context.publishReportEntry("lockstep", line);
        System.out.println(context.getDisplayName() + ": " + line);
    }

    private static Optional<LockstepConformance> find(Optional<? extends AnnotatedElement> element) {
        return element.flatMap(e -> AnnotationSupport.findAnnotation(e, LockstepConformance.class));
    }

    private static Optional<LockstepConformance> find(Class<?> type) {
        return AnnotationSupport.findAnnotation(type, LockstepConformance.class);
    }
}
