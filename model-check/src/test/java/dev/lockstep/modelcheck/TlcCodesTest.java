package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The message codes Lockstep reads are TLC's own: each constant equals the one in the jar's tlc2.output.EC. */
class TlcCodesTest {
    @Test
    void everyCodeMatchesTlcsOwnConstant() throws Exception {
        Class<?> ec = Class.forName("tlc2.output.EC", false, getClass().getClassLoader());
        int checked = 0;
        for (Field f : TlcCodes.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class || f.getName().equals("UNFRAMED")) continue;
            f.setAccessible(true);
            assertEquals(ec.getField(f.getName()).getInt(null), f.getInt(null), f.getName());
            checked++;
        }
        assertTrue(checked >= 20, "checked " + checked);
        Class<?> mp = Class.forName("tlc2.output.MP", false, getClass().getClassLoader());
        assertEquals(mp.getField("ERROR").getInt(null), TlcMessage.ERROR);
        assertEquals(mp.getField("STATE").getInt(null), TlcMessage.STATE);
        assertEquals(mp.getField("TLCBUG").getInt(null), TlcMessage.TLCBUG);
    }
}
