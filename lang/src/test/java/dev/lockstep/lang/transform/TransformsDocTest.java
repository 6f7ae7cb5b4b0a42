package dev.lockstep.lang.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/transforms.md's example: its second {@code lstep} block is what the transform writes for the first. */
class TransformsDocTest {
    static final Path DOC = Path.of("../docs/transforms.md");

    /** The doc's {@code ```lstep} blocks, in order. */
    public static List<String> lstepBlocks() throws IOException {
        Matcher m = Pattern.compile("```lstep\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void theExampleIsTheTransformsOutput() throws IOException {
        List<String> blocks = lstepBlocks();
        assertTrue(blocks.size() >= 2, "docs/transforms.md lost its example");
        assertEquals(blocks.get(1), ReliableTransformTest.transformed("hello.lstep", blocks.get(0)));
    }
}
