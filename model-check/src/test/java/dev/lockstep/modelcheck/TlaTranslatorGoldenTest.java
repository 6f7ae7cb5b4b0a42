package dev.lockstep.modelcheck;


import dev.lockstep.lang.testing.Golden;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The TLA+ module and every .cfg of every library spec, compared with golden files under
 * {@code src/test/resources/golden/tla/} (rewrite them with {@code -Dlockstep.updateGolden=true}).
 */
class TlaTranslatorGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "tla");

    @TestFactory
    Stream<DynamicTest> everyLibrarySpecTranslatesAsInItsGoldenFiles() {
        return LibrarySpecs.files().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            TlaModule module = TlaTranslator.translate(LibrarySpecs.compile(file));
            Path dir = GOLDEN.resolve(file.replace(".lstep", ""));
            Golden.check(dir.resolve(module.fileName()), module.text());
            for (var cfg : module.cfgs().entrySet()) {
                Golden.check(dir.resolve(TlaModule.cfgFileName(module.name(), cfg.getKey())), cfg.getValue());
            }
        }));
    }
}
