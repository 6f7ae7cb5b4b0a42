package dev.lockstep.lang.value;

import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the value classes. */
public final class Values {
    private Values() {}

    /** Shorter arrays first, then element by element: a total order consistent with equality. */
    static int compareArrays(Value[] a, Value[] b) {
        int c = Integer.compare(a.length, b.length);
        for (int i = 0; c == 0 && i < a.length; i++) c = a[i].compareTo(b[i]);
        return c;
    }

    /** {@code h}, or 1 for 0: the value classes cache their hash and take 0 for "not computed yet". */
    static int cacheableHash(int h) { return h == 0 ? 1 : h; }

    static String join(String open, String sep, String close, Value[] items) {
        StringBuilder b = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) b.append(sep);
            b.append(items[i].show());
        }
        return b.append(close).toString();
    }

    /** Builds a record from unsorted (name, value) pairs. */
    public static RecordV record(List<String> names, List<Value> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) order.add(i);
        order.sort((x, y) -> names.get(x).compareTo(names.get(y)));
        String[] ns = new String[names.size()];
        Value[] vs = new Value[names.size()];
        for (int i = 0; i < ns.length; i++) {
            ns[i] = names.get(order.get(i));
            vs[i] = values.get(order.get(i));
        }
        return new RecordV(ns, vs);
    }
}
