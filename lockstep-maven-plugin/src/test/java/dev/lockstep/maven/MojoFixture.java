package dev.lockstep.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;

/** Builds goals as Maven would (parameters set by field), with a log that keeps what the goal said. */
final class MojoFixture {
    static final File SPECS = new File("../specs");

    /** A log that keeps the lines logged at info and error, each prefixed with its level. */
    static final class KeptLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override public void info(CharSequence content) { lines.add("info " + content); }
        @Override public void warn(CharSequence content) { lines.add("warn " + content); }
        @Override public void error(CharSequence content) { lines.add("error " + content); }

        List<String> at(String level) {
            return lines.stream().filter(l -> l.startsWith(level + " ")).map(l -> l.substring(level.length() + 1)).toList();
        }
    }

    private MojoFixture() {}

    static MavenProject project(String groupId, File basedir) {
        Model model = new Model();
        model.setGroupId(groupId);
        model.setArtifactId("demo");
        model.setVersion("1.0");
        MavenProject p = new MavenProject(model);
        p.setFile(new File(basedir, "pom.xml"));
        return p;
    }

    static <M extends AbstractMojo> KeptLog log(M mojo) {
        KeptLog log = new KeptLog();
        mojo.setLog(log);
        return log;
    }

    static void set(Object mojo, String field, Object value) {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no field " + field);
    }
}
