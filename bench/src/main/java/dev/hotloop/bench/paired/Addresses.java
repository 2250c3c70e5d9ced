package dev.hotloop.bench.paired;

import java.lang.reflect.Field;

/**
 * Where a {@code double[]}'s first element lies within a 4 KiB page: a diagnostic printed per
 * fork so that slow forks can be matched to array placement.
 * <pre>
 *   Addresses.pageOffset(new double[1000])   // e.g. 3088, or -1 if it cannot be read
 * </pre>
 * It reads the reference with {@code sun.misc.Unsafe} (the fork runs with
 * {@code --sun-misc-unsafe-memory-access=allow}) and decodes a compressed reference as
 * zero-based with a shift of 3 (the default for heaps of 4-32 GB; the page offset does not
 * depend on the heap base, which is page aligned). Not used for anything but printing.
 */
final class Addresses {
    private Addresses() {}

    private static final sun.misc.Unsafe UNSAFE = unsafe();

    static int pageOffset(double[] array) {
        if (UNSAFE == null) return -1;
        Object[] holder = {array};
        long base = UNSAFE.arrayBaseOffset(Object[].class);
        long address = UNSAFE.arrayIndexScale(Object[].class) == 4
                ? (UNSAFE.getInt(holder, base) & 0xFFFF_FFFFL) << 3
                : UNSAFE.getLong(holder, base);
        return (int) ((address + UNSAFE.arrayBaseOffset(double[].class)) & 4095);
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
