package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
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

    private record Last(Class<?>[] classes, Variant variant) {
        boolean matches(Object[] args) {
            if (args.length != classes.length) return false;
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
        Variant v;
        if (l != null && l.matches(args)) {
            v = l.variant;
        } else {
            v = variant(ArgTypes.of(kernel, args));
            if (!v.failed()) last = new Last(classesOf(args), v);
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
        return v.fast(); // sampled: counted always, timed when it costs nothing relative to the call (CallMeter)
    }

    /** The variant for these (already checked) argument types. */
    public Variant variant(List<Type> argTypes) {
        return cache.get(new VariantKey(kernel.method(), argTypes, kernel.options()), key -> factory.build(kernel, key));
    }

    /** Variants built so far that run (compiled or fallback), in the order they were built. */
    public List<Variant> variants() {
        return allVariants().stream().filter(v -> !v.failed()).toList();
    }

    /** Variants built so far, failed compiles included. */
    private List<Variant> allVariants() {
        return cache.all().stream()
                .filter(v -> v.key().method().equals(kernel.method()) && v.key().options().equals(kernel.options()))
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
