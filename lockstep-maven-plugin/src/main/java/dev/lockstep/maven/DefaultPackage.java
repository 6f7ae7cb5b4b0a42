package dev.lockstep.maven;

import dev.lockstep.spectojava.JavaPackage;
import java.util.Locale;
import java.util.Optional;

/**
 * The package of generated code when {@code packageName} is not configured: the project's groupId, with what Java
 * does not allow in a package name mended ({@code com.acme-corp} becomes {@code com.acme_corp}, a part starting
 * with a digit gets a leading {@code _}). Empty when even the mended name is not a package (e.g. a keyword part).
 */
final class DefaultPackage {
    private DefaultPackage() {}

    static Optional<JavaPackage> fromGroupId(String groupId) {
        if (groupId == null || groupId.isBlank()) return Optional.empty();
        StringBuilder name = new StringBuilder();
        for (String part : groupId.toLowerCase(Locale.ROOT).split("\\.", -1)) {
            if (!name.isEmpty()) name.append('.');
            String mended = part.replaceAll("[^a-z0-9_$]", "_");
            if (!mended.isEmpty() && Character.isDigit(mended.charAt(0))) mended = "_" + mended;
            name.append(mended);
        }
        return JavaPackage.parse(name.toString());
    }
}
