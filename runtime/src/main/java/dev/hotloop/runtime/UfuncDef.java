package dev.hotloop.runtime;

import dev.hotloop.annotations.Target;
import dev.hotloop.annotations.Vectorize;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @Vectorize} method as declared: its scalar signature, the variants it computes
 * (each declared signature in its own precision, then the method's own signature, which also
 * takes arguments of other types by conversion), target, fastmath and identity.
 * <pre>
 * @Vectorize(signatures = {"float(float, float)"}, identity = "0")
 * static double add(double x, double y)     ==> variants [float(float, float), double(double, double)], identity 0.0
 * </pre>
 */
public record UfuncDef(Kernel kernel, Signature declared, List<Signature> variants, boolean parallel,
                       boolean fastmath, String identity, List<String> paramNames) {
    public UfuncDef {
        variants = List.copyOf(variants);
        paramNames = List.copyOf(paramNames);
    }

    /** Reads {@code m}'s {@code @Vectorize}; {@link IllegalArgumentException} saying what is wrong. */
    public static UfuncDef of(Method m) {
        Kernel k = Kernel.of(m);
        Vectorize v = m.getAnnotation(Vectorize.class);
        if (v == null) throw new IllegalArgumentException(k.name() + " is not annotated @Vectorize");
        Signature own = new Signature(k.result(), k.params());
        if (own.params().isEmpty() || own.result().isVoid() || own.result().isArray()
                || own.params().stream().anyMatch(Type::isArray)) {
            throw new IllegalArgumentException(k.name() + ": a @Vectorize method takes one or more primitive "
                    + "scalars and returns one, not " + own);
        }
        List<Signature> variants = new ArrayList<>();
        for (String text : v.signatures()) {
            Signature s;
            try {
                s = Signature.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(k.name() + ": " + e.getMessage(), e);
            }
            String why = misfit(s, own);
            if (why != null) throw new IllegalArgumentException(k.name() + ": signature \"" + text + "\" " + why);
            if (!variants.contains(s)) variants.add(s);
        }
        if (!variants.contains(own)) variants.add(own);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < own.params().size(); i++) names.add(k.parameter(i));
        UfuncDef def = new UfuncDef(k, own, variants, v.target() == Target.PARALLEL, v.fastmath(), v.identity().strip(), names);
        if (!def.identity.isEmpty()) {
            for (Signature s : variants) Scalars.parse(def.identity, s.result(), k.name() + ": identity");
        }
        return def;
    }

    private static String misfit(Signature s, Signature own) {
        if (s.params().size() != own.params().size()) return "has " + s.params().size() + " parameters, the method " + own.params().size();
        if (s.result().isVoid() || s.result().isArray()) return "must return a primitive";
        for (int i = 0; i < s.params().size(); i++) {
            Type p = s.params().get(i), d = own.params().get(i);
            if (p.isArray()) return "has an array parameter: ufunc signatures have scalars only";
            if (!p.equals(d) && !ArgTypes.widens(p.kind(), d.kind())) {
                return "does not fit: parameter " + i + " is " + d.javaName() + ", which a " + p.javaName() + " does not widen to";
            }
        }
        return null;
    }

    public String name() { return kernel.name(); }

    /** How messages name parameter {@code i}: {@code parameter 1 (y)}. */
    public String parameter(int i) { return paramNames.get(i); }

    public MethodRef ref() { return kernel.ref(); }

    /** Whether {@code reduce} and {@code accumulate} apply. */
    public boolean binary() { return declared.params().size() == 2; }
}
