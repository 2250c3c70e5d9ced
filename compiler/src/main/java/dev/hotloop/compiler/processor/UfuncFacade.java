package dev.hotloop.compiler.processor;

import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * The facade methods of a {@code @Vectorize} kernel, written by {@link FacadeGenerator}. For
 * {@code static double relDiff(double x, double y)}, per variant:
 * <pre>
 * public static double relDiff(double x, double y)                      // scalar: a static final handle to the compiled variant
 * public static double[] relDiff(double[] x, double[] y)                // a new array
 * public static double[] relDiff(double[] x, double[] y, double[] out)  // into out; returns out
 * public static double[] relDiff(double[] x, double y)  (and with out)  // scalar-broadcast forms, for up to 3 parameters
 * public static double[][] relDiff(double[][] x, double[][] y)  (and with out)
 * public static dev.hotloop.Ufunc relDiffUfunc()
 * </pre>
 * Array forms go through the {@code Ufunc}, which checks shapes and runs the compiled loop.
 */
final class UfuncFacade {
    /** Broadcast forms (2^n - 2 per variant, twice) only for ufuncs of at most this many parameters. */
    static final int MAX_BROADCAST_PARAMS = 3;
    private static final String UFUNC = "dev.hotloop.Ufunc";
    private static final String MH = "java.lang.invoke.MethodHandle";

    private UfuncFacade() {}

    static String holder(UfuncKernel u) {
        return u.name() + "$U";
    }

    static String scalarHolder(UfuncKernel u, int n) {
        return u.name() + "$S" + n;
    }

    static void methods(FacadeGenerator g, Facade f, UfuncKernel u) {
        List<Signature> variants = u.variants();
        for (int v = 0; v < variants.size(); v++) {
            Signature s = variants.get(v);
            scalar(g, f, u, v, s);
            int n = s.params().size();
            List<Integer> masks = new ArrayList<>();
            masks.add((1 << n) - 1);
            if (n <= MAX_BROADCAST_PARAMS) {
                for (int m = (1 << n) - 2; m >= 1; m--) masks.add(m);
            }
            for (int m : masks) {
                arrays(g, f, u, s, m, 1, false);
                arrays(g, f, u, s, m, 1, true);
            }
            arrays(g, f, u, s, (1 << n) - 1, 2, false);
            arrays(g, f, u, s, (1 << n) - 1, 2, true);
        }
        g.line(0, "");
        g.line(1, "/** The {@code Ufunc} of {@code " + f.ownerSimpleName() + "." + u.name() + "}: apply, into, reduce, accumulate, stats. */");
        g.line(1, "public static " + UFUNC + " " + u.accessorName() + "() {");
        g.line(2, UFUNC + " u = " + holder(u) + ".UFUNC;");
        g.line(2, "// null if the first lookup failed: look up again, so that the caller sees why");
        g.line(2, "return u != null ? u : ufunc$(" + holder(u) + ".OWNER, \"" + u.name() + "\", true);");
        g.line(1, "}");
    }

    private static void scalar(FacadeGenerator g, Facade f, UfuncKernel u, int v, Signature s) {
        g.line(0, "");
        g.line(1, "/** {@code " + f.ownerSimpleName() + "." + u.name() + "} as the compiled variant {@code " + s + "}. */");
        StringBuilder params = new StringBuilder(), args = new StringBuilder();
        for (int i = 0; i < s.params().size(); i++) {
            if (i > 0) {
                params.append(", ");
                args.append(", ");
            }
            params.append(s.params().get(i).javaName()).append(' ').append(u.paramNames().get(i));
            args.append(u.paramNames().get(i));
        }
        String r = s.result().javaName();
        g.line(1, "public static " + r + " " + u.name() + "(" + params + ") {");
        g.line(2, "try {");
        g.line(3, "return (" + r + ") " + scalarHolder(u, v) + ".HANDLE.invokeExact(" + args + ");");
        g.line(2, "} catch (RuntimeException | Error e$) {");
        g.line(3, "throw e$;");
        g.line(2, "} catch (Throwable e$) {");
        g.line(3, "throw new RuntimeException(e$);");
        g.line(2, "}");
        g.line(1, "}");
    }

    /** An array form: parameter i is an array of {@code dims} when bit i of {@code mask} is set, else a scalar. */
    private static void arrays(FacadeGenerator g, Facade f, UfuncKernel u, Signature s, int mask, int dims, boolean out) {
        StringBuilder params = new StringBuilder(), args = new StringBuilder();
        for (int i = 0; i < s.params().size(); i++) {
            if (i > 0) {
                params.append(", ");
                args.append(", ");
            }
            Type t = s.params().get(i);
            boolean array = (mask & (1 << i)) != 0;
            params.append(t.javaName()).append(array ? "[]".repeat(dims) : "").append(' ').append(u.paramNames().get(i));
            args.append("(Object) ").append(u.paramNames().get(i));
        }
        String r = s.result().javaName() + "[]".repeat(dims);
        g.line(0, "");
        if (out) {
            g.line(1, "/** {@code " + u.name() + "} element by element into {@code " + u.outName() + "} (variant {@code " + s + "}); returns it. */");
            g.line(1, "public static " + r + " " + u.name() + "(" + params + ", " + r + " " + u.outName() + ") {");
            g.line(2, u.accessorName() + "().into(" + u.outName() + ", " + args + ");");
            g.line(2, "return " + u.outName() + ";");
        } else {
            g.line(1, "/** {@code " + u.name() + "} element by element, into a new array (variant {@code " + s + "}). */");
            g.line(1, "public static " + r + " " + u.name() + "(" + params + ") {");
            g.line(2, "return (" + r + ") " + u.accessorName() + "().apply(" + args + ");");
        }
        g.line(1, "}");
    }

    static void gufuncAccessor(FacadeGenerator g, Facade f, String name, String owner) {
        g.line(0, "");
        g.line(1, "/** The {@code GUfunc} of {@code " + f.ownerSimpleName() + "." + name + "}: apply, into, stats. */");
        g.line(1, "public static dev.hotloop.GUfunc " + name + "Gufunc() {");
        g.line(2, "return dev.hotloop.Hotloop.gufunc(" + owner + ", \"" + name + "\");");
        g.line(1, "}");
    }

    static void holders(FacadeGenerator g, UfuncKernel u, String owner) {
        g.line(0, "");
        g.line(1, "private static final class " + holder(u) + " {");
        g.line(2, "static final java.lang.Class<?> OWNER = " + owner + ";");
        g.line(2, "static final " + UFUNC + " UFUNC = ufunc$(OWNER, \"" + u.name() + "\", false);");
        g.line(1, "}");
        for (int v = 0; v < u.variants().size(); v++) {
            g.line(0, "");
            g.line(1, "private static final class " + scalarHolder(u, v) + " {");
            g.line(2, "static final " + MH + " HANDLE = bindUfunc$(" + owner + ", \"" + u.name() + "\", "
                    + FacadeGenerator.methodType(u.variants().get(v)) + ");");
            g.line(1, "}");
        }
    }

    static void helpers(FacadeGenerator g) {
        g.line(0, "");
        g.line(1, "/** The ufunc; null if the lookup fails, unless {@code rethrow} (the accessor repeats it to throw). */");
        g.line(1, "private static " + UFUNC + " ufunc$(java.lang.Class<?> owner, java.lang.String name, boolean rethrow) {");
        g.line(2, "try {");
        g.line(3, "return dev.hotloop.Hotloop.ufunc(owner, name);");
        g.line(2, "} catch (java.lang.RuntimeException e) {");
        g.line(3, "if (rethrow) throw e;");
        g.line(3, "return null;");
        g.line(2, "}");
        g.line(1, "}");
        g.line(0, "");
        g.line(1, "/** The compiled scalar variant of exactly {@code type}; if it cannot compile, a handle that throws why on every call. */");
        g.line(1, "private static " + MH + " bindUfunc$(java.lang.Class<?> owner, java.lang.String name, java.lang.invoke.MethodType type) {");
        g.line(2, "try {");
        g.line(3, "return dev.hotloop.Hotloop.ufunc(owner, name).handle(type);");
        g.line(2, "} catch (java.lang.RuntimeException e) {");
        g.line(3, MH + " thrower = java.lang.invoke.MethodHandles.throwException(type.returnType(), e.getClass()).bindTo(e);");
        g.line(3, "return java.lang.invoke.MethodHandles.dropArguments(thrower, 0, type.parameterList());");
        g.line(2, "}");
        g.line(1, "}");
    }
}
