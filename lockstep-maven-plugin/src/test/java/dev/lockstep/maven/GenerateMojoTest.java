package dev.lockstep.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.spectojava.JavaPackage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L); // 2000-01-01

    @TempDir
    Path dir;

    private GenerateMojo mojo(String groupId, File specDirectory) {
        GenerateMojo m = new GenerateMojo();
        MojoFixture.log(m);
        MojoFixture.set(m, "project", MojoFixture.project(groupId, dir.toFile()));
        MojoFixture.set(m, "specDirectory", specDirectory);
        MojoFixture.set(m, "outputDirectory", dir.resolve("generated").toFile());
        return m;
    }

    private Path specDir() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/main/lockstep"));
        Files.copy(MojoFixture.SPECS.toPath().resolve("two-phase-commit.lstep"), src.resolve("two-phase-commit.lstep"));
        return src;
    }

    private Map<Path, FileTime> times() throws Exception {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir.resolve("generated"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(p, Files.getLastModifiedTime(p));
        }
        return out;
    }

    @Test
    void thePackageComesFromTheGroupIdWhenNotConfigured() throws Exception {
        mojo("com.acme-corp", specDir().toFile()).execute();
        assertTrue(Files.isRegularFile(dir.resolve("generated/com/acme_corp/TwoPhaseCommitProtocol.java")));
        assertEquals(Optional.of(new JavaPackage("org.example._2pc")), DefaultPackage.fromGroupId("org.example.2pc"));
        assertEquals(Optional.empty(), DefaultPackage.fromGroupId("com.example.int"));
    }

    @Test
    void anUnchangedSpecRewritesNoFileAndAStaleTypeIsDeleted() throws Exception {
        File specs = specDir().toFile();
        mojo("com.acme", specs).execute();
        Map<Path, FileTime> first = times();
        assertTrue(first.size() > 3, first.toString());
        for (Path p : first.keySet()) Files.setLastModifiedTime(p, LONG_AGO);
        Path pkg = dir.resolve("generated/com/acme");
        Path edited = pkg.resolve("TwoPhaseCommitProtocol.java");
        Files.writeString(edited, "// edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(edited, LONG_AGO);
        Files.writeString(pkg.resolve("Gone.java"), "class Gone {}");

        mojo("com.acme", specs).execute();
        Map<Path, FileTime> second = times();
        assertFalse(second.containsKey(pkg.resolve("Gone.java")), "a type the spec does not have is deleted");
        for (Map.Entry<Path, FileTime> e : second.entrySet()) {
            boolean rewritten = !e.getValue().equals(LONG_AGO);
            assertEquals(e.getKey().equals(edited), rewritten, e.getKey() + " rewritten: " + rewritten);
        }
        assertFalse(Files.readString(edited).contains("edited by hand"));
    }

    @Test
    void withoutSpecsTheBuildSaysWhereTheyAreLookedFor() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> mojo("com.acme", dir.resolve("src/main/lockstep").toFile()).execute());
        assertTrue(e.getMessage().startsWith("no spec directory " + dir.resolve("src/main/lockstep")), e.getMessage());
    }

    @Test
    void aBadConfiguredPackageIsRefused() throws Exception {
        GenerateMojo m = mojo("com.acme", specDir().toFile());
        MojoFixture.set(m, "packageName", "com.2bad");
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertEquals("packageName 'com.2bad' is not a Java package name", e.getMessage());
        assertEquals(List.of(), List.of(dir.toFile().list((d, n) -> n.equals("generated"))));
    }
}
