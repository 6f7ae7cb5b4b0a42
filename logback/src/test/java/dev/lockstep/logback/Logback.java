package dev.lockstep.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Configures a Logback context from a {@code logback.xml} text, as Logback does at start, for the tests. */
public final class Logback {
    private Logback() {}

    /** A fresh context, configured from {@code xml} with the given context properties ({@code ${name}} in it). */
    public static LoggerContext fresh(String xml, Map<String, String> properties) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter()); // the one org.slf4j.MDC writes to, as in the global context
        configure(context, xml, properties);
        return context;
    }

    /** Re-configures the context SLF4J's {@code LoggerFactory} logs to (that of code under test) from a resource. */
    public static LoggerContext global(String resource, Map<String, String> properties) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        try (InputStream in = Logback.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new IllegalStateException("no test resource " + resource);
            configure(context, new String(in.readAllBytes(), StandardCharsets.UTF_8), properties);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return context;
    }

    private static void configure(LoggerContext context, String xml, Map<String, String> properties) {
        context.reset();
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error messages in the context's status (what Logback prints when a configuration has errors). */
    public static List<String> errors(LoggerContext context) {
        return context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() == Status.ERROR).map(Status::getMessage).toList();
    }
}
