package dev.lockstep.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            assertEquals(-1, MessageId.counterOf(bad), bad);
        }
        assertNull(MessageId.parse(null));
        assertEquals(-1, MessageId.counterOf(null));
    }

    @Test
    void theCounterAndTheSenderReadWithoutParsing() {
        assertEquals(12, MessageId.counterOf("a#b#12"));
        assertTrue(MessageId.sentBy("a#b#12", "a#b"));
        assertFalse(MessageId.sentBy("a#b#12", "a"), "the last # separates the sender");
        assertFalse(MessageId.sentBy("r10#3", "r1"));
        assertFalse(MessageId.sentBy("r1#3", "r10"));
        assertTrue(MessageId.sentBy("r1#3", "r1"));
    }
}
