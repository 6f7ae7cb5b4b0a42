package dev.lockstep.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MessageIdTest {
    @Test
    void parsesAndSpellsSenderHashCounter() {
        assertEquals(new MessageId("r1", 3), MessageId.parse("r1#3"));
        assertEquals(new MessageId("a#b", 12), MessageId.parse("a#b#12"), "the last # separates the counter");
        assertEquals("r1#3", new MessageId("r1", 3).toString());
        assertEquals("n#999999999999999999", MessageId.parse("n#999999999999999999").toString());
    }

    @Test
    void otherShapesAreNotIds() {
        for (String bad : new String[] {"r1", "#3", "r1#", "r1#x", "r1#-3", "r1#+3", "r1#1234567890123456789", ""}) {
            assertNull(MessageId.parse(bad), bad);
        }
        assertNull(MessageId.parse(null));
    }
}
