package dev.hotloop.runtime;

import dev.hotloop.compiler.ClassSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads compiled variants as hidden classes that are nestmates of the kernel's owner, so
 * that they may call its private static helpers, and reads the owner's class files for
 * the compiler.
 * <pre>
 * Lookup l = ClassDefiner.define(Kernels.class, bytes, meter);   // p/Kernels$Hotloop$sum$3/0x...
 * MethodHandle h = l.findStatic(l.lookupClass(), "invoke", type);
 * </pre>
 * Classes on the class path are all in the unnamed module and open to each other. An owner
 * in a named module must open its package to the Hotloop runtime's module, otherwise
 * {@link MethodHandles#privateLookupIn} refuses (reported as a compile failure).
 */
public final class ClassDefiner {
    private static final AtomicLong COUNTER = new AtomicLong();

    private ClassDefiner() {}

    /** The internal name for the next variant of {@code owner.method}: {@code p/Kernels$Hotloop$sum$3}. */
    public static String nextClassName(Class<?> owner, String method) {
        return internalName(owner) + "$Hotloop$" + method + "$" + COUNTER.incrementAndGet();
    }

    /** Defines and initialises the class; returns a full-privilege lookup on it. */
    public static Lookup define(Class<?> owner, byte[] bytes, CallMeter meter) throws IllegalAccessException {
        return ownerLookup(owner).defineHiddenClassWithClassData(bytes, meter, true, Lookup.ClassOption.NESTMATE);
    }

    /** A lookup with full privilege on {@code owner}. */
    public static Lookup ownerLookup(Class<?> owner) throws IllegalAccessException {
        return MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
    }

    public static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    /**
     * Class files as seen by {@code owner}'s class loader, falling back to the system loader
     * (also for JDK classes when the owner was loaded by the bootstrap loader).
     */
    public static ClassSource classSource(Class<?> owner) {
        ClassLoader loader = owner.getClassLoader();
        return internalName -> {
            String resource = internalName + ".class";
            byte[] b = loader == null ? null : read(loader.getResourceAsStream(resource));
            return b != null ? b : read(ClassLoader.getSystemResourceAsStream(resource));
        };
    }

    private static byte[] read(InputStream in) {
        if (in == null) return null;
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
