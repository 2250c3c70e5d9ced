package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * One kernel's entry into the runtime: maps argument types to variants, building each on
 * first use, and answers what was built. {@code JitFunction} is its public face.
 * <pre>
 * d.invoke(10L)                       ==> variant double(long), compiled on this first call
 * d.invoke(10)                        ==> variant double(int), another compile
 * d.handle(methodType(double.class, long.class)) ==> the double(long) variant's measured entry
 * </pre>
 */
public final class Dispatcher {
    private final Kernel kernel;
    private final VariantCache cache;
    private final VariantFactory factory;
    /** The variant of the last {@code invoke}, by argument classes: most call sites pass one set of types. */
    private volatile Last last;

    private record Last(Class<?>[] classes, int vectorBits, int streamBits, Variant variant) {
        boolean matches(Object[] args, int bits, int stream) {
            if (bits != vectorBits || stream != streamBits || args.length != classes.length) return false;
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null || args[i].getClass() != classes[i]) return false;
            }
            return true;
        }
    }

    Dispatcher(Kernel kernel, VariantCache cache, VariantFactory factory) {
        this.kernel = kernel;
        this.cache = cache;
        this.factory = factory;
    }

    public Kernel kernel() { return kernel; }

    /** Compiles the {@code @Jit(signatures = ...)} variants; throws as {@link #handle} does. */
    void compileDeclaredSignatures() {
        for (String text : kernel.signatures()) {
            Signature sig;
            try {
                sig = Signature.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(kernel.name() + ": " + e.getMessage(), e);
            }
            checkResult(sig.result(), "@Jit signature '" + text + "'");
            variant(ArgTypes.check(kernel, sig.params())).entry(); // entry() throws if the compile failed
        }
    }

    /** Runs the variant for the runtime types of {@code args} (boxed scalars, primitive arrays). */
    public Object invoke(Object... args) {
        Last l = last;
        int bits = VectorSupport.bits(); // a test may switch widths between calls
        int stream = VectorSupport.streamBits(bits);
        Variant v;
        if (l != null && l.matches(args, bits, stream)) {
            v = l.variant;
        } else {
            v = variant(ArgTypes.of(kernel, args), bits);
            if (!v.failed()) last = new Last(classesOf(args), bits, stream, v);
        }
        try {
            return v.invoke(args);
        } catch (Throwable t) {
            // kernel exceptions (index out of bounds, arithmetic, ...) reach the caller unchanged
            throw Dispatcher.<RuntimeException>sneaky(t);
        }
    }

    /**
     * The entry of the variant for {@code type}'s parameter types, of exactly {@code type};
     * compiles now if needed.
     */
    public MethodHandle handle(MethodType type) {
        List<Type> params = ArgTypes.ofClasses(kernel, type.parameterList());
        if (type.returnType() != kernel.method().getReturnType()) {
            throw new IllegalArgumentException(kernel.name() + ": returns " + kernel.method().getReturnType()
                    .getTypeName() + ", the handle type " + type + " returns " + type.returnType().getTypeName());
        }
        Variant v = variant(params);
        return v.fast(); // counted and sampled (CallMeter), or bare with hotloop.count.calls=false
    }

    /** The variant for these (already checked) argument types at the current vector width. */
    public Variant variant(List<Type> argTypes) {
        return variant(argTypes, VectorSupport.bits());
    }

    private Variant variant(List<Type> argTypes, int vectorBits) {
        VariantKey k = new VariantKey(kernel.method(), argTypes, kernel.options(vectorBits));
        return cache.get(k, key -> factory.build(kernel, key));
    }

    /**
     * Variants built so far that run (compiled or fallback), in the order they were built; only
     * those of the current vector width, so a test that switches {@code hotloop.vector.bits} sees
     * the variants of the width it set.
     */
    public List<Variant> variants() {
        return allVariants().stream().filter(v -> !v.failed()).toList();
    }

    /** Variants built so far at the current vector width, failed compiles included. */
    private List<Variant> allVariants() {
        Options current = kernel.options(VectorSupport.bits());
        return cache.all().stream()
                .filter(v -> v.key().method().equals(kernel.method()) && v.key().options().equals(current))
                .toList();
    }

    public List<String> signatures() {
        return variants().stream().map(v -> v.signature().toString()).toList();
    }

    public List<KernelStats> stats() {
        return variants().stream().map(Variant::stats).toList();
    }

    public String explain() {
        return Explain.of(kernel.name(), allVariants());
    }

    private static Class<?>[] classesOf(Object[] args) {
        Class<?>[] c = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) c[i] = args[i] == null ? null : args[i].getClass();
        return c;
    }

    private void checkResult(Type result, String where) {
        if (!result.equals(kernel.result())) {
            throw new IllegalArgumentException(kernel.name() + ": " + where + " returns " + result.javaName()
                    + ", the method returns " + kernel.result().javaName());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
