package dev.lockstep.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The specs a goal works on: {@code specFiles}, plus the {@code *.lstep} files of {@code specDirectory}
 * ({@code src/main/lockstep} unless configured) less {@code excludes}.
 */
abstract class AbstractSpecMojo extends AbstractMojo {
    /** Spec files, in addition to those of {@code specDirectory}. */
    @Parameter
    List<File> specFiles = new ArrayList<>();

    /** A directory whose {@code *.lstep} files (not those of subdirectories) are used. */
    @Parameter(defaultValue = "${project.basedir}/src/main/lockstep")
    File specDirectory;

    /**
     * File names in {@code specDirectory} that are left out (e.g. a spec using a construct the Java backend refuses,
     * LS850). A name that matches no file fails the build, so the list cannot go stale.
     */
    @Parameter
    List<String> excludes = new ArrayList<>();

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The spec files, sorted; a missing {@code specDirectory} is an error only when no {@code specFiles} are given. */
    List<Path> specs() throws MojoExecutionException, MojoFailureException {
        List<Path> out = new ArrayList<>();
        for (File f : specFiles) out.add(f.toPath());
        if (specDirectory != null && (Files.isDirectory(specDirectory.toPath()) || out.isEmpty())) {
            if (!Files.isDirectory(specDirectory.toPath())) {
                throw new MojoFailureException("no spec directory " + specDirectory + ": put the .lstep specs there, "
                        + "or configure specDirectory or specFiles");
            }
            List<Path> listed;
            try (Stream<Path> files = Files.list(specDirectory.toPath())) {
                listed = files.filter(p -> p.getFileName().toString().endsWith(".lstep")).sorted().toList();
            } catch (IOException e) {
                throw new MojoExecutionException("cannot list " + specDirectory + ": " + e.getMessage(), e);
            }
            for (String name : excludes) {
                if (listed.stream().noneMatch(p -> p.getFileName().toString().equals(name))) {
                    throw new MojoExecutionException("excludes: no spec file " + name + " in " + specDirectory);
                }
            }
            listed.stream().filter(p -> !excludes.contains(p.getFileName().toString())).forEach(out::add);
        }
        if (out.isEmpty()) throw new MojoFailureException("no spec files in " + specDirectory + " (nor specFiles)");
        return out;
    }
}
