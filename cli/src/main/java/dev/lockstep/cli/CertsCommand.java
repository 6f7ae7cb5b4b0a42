package dev.lockstep.cli;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.netty.TlsCredentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lockstep certs}: a development CA and one certificate and key per node, as PEM files for a cluster file's
 * {@code tls} section (docs/runtime.md, Security).
 */
@Command(name = "certs", mixinStandardHelpOptions = true,
        description = "Make a development CA and a TLS certificate and key per node (PEM files) for a cluster file.")
final class CertsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to write ca.pem, ca.key and NODE.pem, NODE.key per node (created if missing; "
                    + "existing files are never overwritten).")
    Path out;

    @Option(names = "--nodes", required = true, split = ",", paramLabel = "NODE",
            description = "The node ids, as in the cluster file; each certificate names its node (CN and DNS SAN).")
    List<String> nodes;

    @Option(names = "--days", defaultValue = "365", paramLabel = "N",
            description = "Validity of the certificates in days, 1..3650 (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = checkOptions();
        if (problem != null) {
            err.println("lockstep certs: " + problem);
            return ExitCodes.BAD_INPUT;
        }
        Map<Path, String> files = new LinkedHashMap<>();
        Duration validity = Duration.ofDays(days);
        DevCertificates.Ca ca = DevCertificates.newCa("lockstep dev CA", validity);
        files.put(out.resolve("ca.pem"), DevCertificates.pem(ca.certificate()));
        files.put(out.resolve("ca.key"), DevCertificates.pem(ca.keys().getPrivate()));
        for (String n : nodes) {
            TlsCredentials c = DevCertificates.issue(ca, NodeId.of(n), validity);
            files.put(out.resolve(n + ".pem"), DevCertificates.pem(c.chain().get(0)));
            files.put(out.resolve(n + ".key"), DevCertificates.pem(c.key()));
        }
        List<Path> existing = files.keySet().stream().filter(Files::exists).toList();
        if (!existing.isEmpty()) {
            err.println("lockstep certs: will not overwrite " + existing.stream().map(Path::toString).toList()
                    + "; choose another --out or remove them");
            return ExitCodes.BAD_INPUT;
        }
        try {
            Files.createDirectories(out);
            for (Map.Entry<Path, String> f : files.entrySet()) write(f.getKey(), f.getValue());
        } catch (IOException e) {
            err.println("lockstep certs: cannot write to " + out + ": " + e);
            return ExitCodes.BAD_INPUT;
        }
        stdout.println("Wrote a development CA (ca.pem; its key ca.key) and a certificate and key for each of "
                + nodes + " to " + out + ", valid " + days + " days. Keys are unencrypted: keep them private.");
        stdout.println("Cluster file fields (paths are relative to the cluster file):");
        stdout.println("  \"tls\": { \"ca\": \"" + out.resolve("ca.pem") + "\" },");
        for (String n : nodes) {
            stdout.println("  \"" + n + "\": { \"address\": \"HOST:PORT\", \"role\": \"ROLE\", \"cert\": \""
                    + out.resolve(n + ".pem") + "\", \"key\": \"" + out.resolve(n + ".key") + "\" }");
        }
        stdout.flush();
        return ExitCodes.HOLDS;
    }

    private String checkOptions() {
        if (days < 1 || days > 3650) return "--days " + days + ": expected 1..3650";
        List<String> problems = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String n : nodes) {
            if (n.isBlank()) problems.add("an empty node id");
            else if (n.equals("ca")) problems.add("node id 'ca' would share the CA's files");
            else if (!n.matches("[\\p{L}\\p{N}_.-]+") || n.startsWith(".")) {
                problems.add("node id '" + n + "' cannot be a file name (letters, digits, '_', '-', '.' only)");
            } else if (!seen.add(n)) problems.add("node id '" + n + "' is given twice");
        }
        return problems.isEmpty() ? null : "--nodes: " + String.join("; ", problems);
    }

    /** Private keys are readable by their owner only, where the file system has POSIX permissions. */
    private static void write(Path file, String text) throws IOException {
        if (file.getFileName().toString().endsWith(".key")
                && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, text);
    }
}
