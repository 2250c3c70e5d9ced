package dev.hotloop.vector;

import dev.hotloop.runtime.VectorSupport;
import java.util.List;
import java.util.function.Supplier;

/**
 * The vector widths the corpus runs at, and a way to compile at one of them: the runtime reads
 * {@code hotloop.vector.bits} at each new variant, so setting it around the compile picks the
 * width, and the variant keeps it. The suite runs twice (runtime/pom.xml): with the Vector API
 * module, at 0, 128, 256 and 512 bits; and without it ({@code -Dhotloop.test.noVectorModule=true}),
 * once, asking for 256 bits and getting scalar code.
 * <pre>MethodHandle h = Widths.at(256, () -> f.handle(type));   // the 256-bit variant</pre>
 */
final class Widths {
    /** Set by the Surefire execution that runs without {@code --add-modules jdk.incubator.vector}. */
    static final boolean NO_MODULE_RUN = Boolean.getBoolean("hotloop.test.noVectorModule");

    private Widths() {}

    static List<Integer> tested() {
        return NO_MODULE_RUN ? List.of(256) : List.of(0, 128, 256, 512);
    }

    /**
     * Runs {@code s} (a compile, an explain) with {@code hotloop.vector.bits} set to {@code bits}, and
     * {@code hotloop.vector.c2=false}: the corpus tests our vector code, also on the loops that by
     * default are left to C2's auto-vectoriser ({@code LeftToC2Test} checks that default).
     */
    static synchronized <T> T at(int bits, Supplier<T> s) {
        String old = System.getProperty(VectorSupport.BITS);
        String oldC2 = System.getProperty(VectorSupport.LEAVE_TO_C2);
        System.setProperty(VectorSupport.BITS, Integer.toString(bits));
        System.setProperty(VectorSupport.LEAVE_TO_C2, "false");
        try {
            return s.get();
        } finally {
            if (old == null) System.clearProperty(VectorSupport.BITS);
            else System.setProperty(VectorSupport.BITS, old);
            if (oldC2 == null) System.clearProperty(VectorSupport.LEAVE_TO_C2);
            else System.setProperty(VectorSupport.LEAVE_TO_C2, oldC2);
        }
    }
}
