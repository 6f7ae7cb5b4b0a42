package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every command fits the spec's {@code Values = 0..DOMAIN-1}, distinct commands get distinct values, and back. */
class KvCommandTest {
    @Test
    void everyCommandEncodesIntoTheDomainAndDecodesBack() {
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < KvCommand.KEYS; k++) {
            check(KvCommand.get(k), seen);
            for (int a = 0; a <= KvCommand.MAX_VALUE; a++) {
                check(KvCommand.put(k, a), seen);
                check(KvCommand.cas(k, KvCommand.ABSENT, a), seen);
                for (int b = 0; b <= KvCommand.MAX_VALUE; b++) check(KvCommand.cas(k, a, b), seen);
            }
        }
    }

    private static void check(KvCommand c, Set<Long> seen) {
        long v = c.encode();
        assertTrue(v >= 0 && v < KvCommand.DOMAIN, c + " encodes to " + v);
        assertTrue(seen.add(v), c + " shares its value");
        assertEquals(c, KvCommand.decode(v));
        assertEquals(c, KvCommand.parse(c.toString()));
    }

    @Test
    void outOfRangeCommandsAndValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KvCommand.put(8, 1));
        assertThrows(IllegalArgumentException.class, () -> KvCommand.put(1, 31));
        assertThrows(IllegalArgumentException.class, () -> KvCommand.decode(KvCommand.DOMAIN));
        assertThrows(IllegalArgumentException.class, () -> KvCommand.decode(3L << 13));
        assertNull(KvCommand.parse("put 1"));
        assertNull(KvCommand.parse("delete 1"));
        assertNull(KvCommand.parse("get x"));
    }
}
