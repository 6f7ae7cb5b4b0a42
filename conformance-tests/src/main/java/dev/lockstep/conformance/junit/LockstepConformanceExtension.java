package dev.lockstep.conformance.junit;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link ConformanceHarness} parameters from the {@link LockstepConformance} annotation on the test method
 * (or its class). The spec is loaded once per test class and model; trace files of diverging seeds are kept under
 * {@code target/lockstep-conformance/<test>} so that the failure message can point at them.
 */
public final class LockstepConformanceExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LockstepConformanceExtension.class);

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
        Path spec = Path.of(config.spec());
        if (!Files.isRegularFile(spec)) {
            throw new ParameterResolutionException("@LockstepConformance: no spec file " + spec.toAbsolutePath());
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
        return new ConformanceHarness(model, config.firstSeed(), config.seeds(), config.online(), work);
    }

    private static Optional<LockstepConformance> find(Optional<? extends AnnotatedElement> element) {
        return element.flatMap(e -> AnnotationSupport.findAnnotation(e, LockstepConformance.class));
    }

    private static Optional<LockstepConformance> find(Class<?> type) {
        return AnnotationSupport.findAnnotation(type, LockstepConformance.class);
    }
}
