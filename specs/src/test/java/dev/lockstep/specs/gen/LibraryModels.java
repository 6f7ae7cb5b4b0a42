package dev.lockstep.specs.gen;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every model of every library spec ({@code specs/*.lstep} and {@code specs/buggy/*.lstep}), with the descriptor of
 * the machines the Maven plugin generated for it in this module's build, and its reachable states.
 */
public final class LibraryModels {
    private LibraryModels() {}

    /** One model of one spec, with its generated protocol descriptor. */
    public record Model(Path file, CheckedSpec spec, String name, ModelInstance instance, ProtocolDescriptor descriptor) {
        @Override
        public String toString() { return file.getFileName() + "/" + name; }

        /** The first {@code limit} states in breadth-first order (within the model's constraint, as the explorer). */
        public List<State> reachable(int limit) { return LibraryModels.reachable(instance, limit); }
    }

    public static List<Path> specFiles() {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("."), Path.of("buggy"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".lstep")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static CheckedSpec load(Path file) {
        Frontend.Compilation c = Frontend.load(file);
        if (!c.ok()) throw new IllegalStateException(DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    public static ModelInstance bind(CheckedSpec spec, String model) {
        ModelInstance m = ModelInstance.bind(spec, model).orElseThrow();
        return m;
    }

    /** The plugin-generated descriptor class of a library spec (see the plugin configuration in pom.xml). */
    public static ProtocolDescriptor generatedDescriptor(Path file, CheckedSpec spec, String model) {
        boolean buggy = file.getParent() != null && file.getParent().getFileName().toString().equals("buggy");
        String pkg = "dev.lockstep.specs.generated." + (buggy ? "buggy." : "") + spec.name().toLowerCase(Locale.ROOT);
        return descriptor(LibraryModels.class.getClassLoader(), pkg + "." + spec.name() + "Protocol", model);
    }

    public static ProtocolDescriptor descriptor(ClassLoader loader, String className, String model) {
        try {
            Class<?> c = Class.forName(className, true, loader);
            return (ProtocolDescriptor) c.getMethod("forModel", String.class).invoke(null, model);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load " + className + " for model " + model, e);
        }
    }

    public static List<Model> all() {
        List<Model> out = new ArrayList<>();
        for (Path file : specFiles()) {
            CheckedSpec spec = load(file);
            if (!spec.exchanges().isEmpty()) continue; // exchanges have their own runtime tests (specs/gossip)
            for (CheckedSpec.Model m : spec.models()) {
                out.add(new Model(file, spec, m.name(), bind(spec, m.name()), generatedDescriptor(file, spec, m.name())));
            }
        }
        return out;
    }

    static List<State> reachable(ModelInstance model, int limit) {
        Transitions t = new Transitions(model);
        CheckedSpec.Model m = model.model();
        List<State> out = new ArrayList<>();
        Set<State> seen = new HashSet<>();
        ArrayDeque<State> queue = new ArrayDeque<>();
        for (State s : t.initialStates()) if (seen.add(s)) queue.add(s);
        while (!queue.isEmpty() && out.size() < limit) {
            State s = queue.poll();
            out.add(s);
            if (m.constraint() != null && !t.satisfies(s, m.constraint(), m.frameSize())) continue;
            t.successors(s, (label, next) -> {
                if (seen.add(next)) queue.add(next);
            });
        }
        return out;
    }
}
