package dev.hotloop.compiler.processor;

import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compile-time checks on annotated methods. Each check reports a javac ERROR on the
 * offending element (the parameter, or the signature string inside the annotation) and says
 * what is allowed instead:
 * <pre>Kernels.java:7: error: parameter 'xs' of @Jit method 'sum' has type java.lang.String: a kernel
 *     takes primitives and 1-D or 2-D primitive arrays (int, double[], float[][], ...)</pre>
 */
final class Checks {
    static final String JIT = "dev.hotloop.annotations.Jit";
    static final String VECTORIZE = "dev.hotloop.annotations.Vectorize";
    static final String GU_VECTORIZE = "dev.hotloop.annotations.GuVectorize";

    private static final String KERNEL_TYPES = "primitives and 1-D or 2-D primitive arrays (int, double[], float[][], ...)";
    /** Static methods of these names and parameters would clash with Object's instance methods in the facade. */
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode()", "toString()", "getClass()", "clone()",
            "finalize()", "notify()", "notifyAll()", "wait()", "wait(long)", "wait(long, int)");

    private final Messager messager;
    private final Elements elements;
    /** Errors reported so far, so that a check can tell whether it reported any. */
    private int errors;

    Checks(Messager messager, Elements elements) {
        this.messager = messager;
        this.elements = elements;
    }

    /** The simple name of the annotation, for messages: {@code @Jit}. */
    static String display(AnnotationMirror a) {
        return "@" + a.getAnnotationType().asElement().getSimpleName();
    }

    /** Checks a {@code @Jit} method; returns its facade model, or null after reporting why not. */
    JitKernel jit(ExecutableElement m, AnnotationMirror a) {
        boolean ok = isStatic(m, a);
        Signature own = ownSignature(m, a, true);
        List<Signature> declared = declaredSignatures(m, a, own, true);
        if (!ok || own == null || declared == null) return null;
        // a variant returns the method's result type (SignatureFit), so two signatures with the same
        // parameter types, which would clash as facade overloads, are equal: keep one of each
        List<Signature> extra = declared.stream().filter(s -> !s.equals(own)).distinct().toList();
        List<String> names = m.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
        JitKernel k = new JitKernel(m.getSimpleName().toString(), names, own, m.isVarArgs(), extra);
        return facadeNamesOk(m, k) ? k : null;
    }

    /** Checks a {@code @Vectorize} method: a static scalar function; null after reporting an error. */
    UfuncKernel vectorize(ExecutableElement m, AnnotationMirror a) {
        boolean ok = isStatic(m, a);
        Signature own = ownSignature(m, a, false);
        if (own != null && own.params().isEmpty()) {
            ok = false;
            error(m, display(a) + " method '" + m.getSimpleName() + "' has no parameters: a ufunc maps array elements, so it takes at least one scalar");
        }
        List<Signature> declared = declaredSignatures(m, a, own, false);
        if (!ok || own == null || declared == null) return null;
        List<Signature> variants = new ArrayList<>(List.of(own));
        variants.addAll(declared);
        List<String> names = m.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
        return new UfuncKernel(m.getSimpleName().toString(), names, variants);
    }

    /** Checks a {@code @GuVectorize} method: its layout's syntax, its inputs against the parameters, its signatures. */
    boolean guVectorize(ExecutableElement m, AnnotationMirror a) {
        int errors = this.errors;
        isStatic(m, a);
        Signature own = ownSignature(m, a, true);
        declaredSignatures(m, a, own, true);
        AnnotationValue v = value(a, "layout");
        Layout layout;
        try {
            layout = Layout.parse((String) v.getValue());
        } catch (IllegalArgumentException e) {
            error(m, a, v, display(a) + "(layout) of '" + m.getSimpleName() + "': " + e.getMessage());
            return false;
        }
        List<? extends VariableElement> params = m.getParameters();
        if (layout.inputs().size() > params.size()) {
            error(m, a, v, display(a) + "(layout) of '" + m.getSimpleName() + "': layout \"" + layout + "\" has "
                    + layout.inputs().size() + " inputs but the method has " + params.size() + " parameters");
            return false;
        }
        for (int i = 0; i < layout.inputs().size() && own != null; i++) {
            int dims = layout.inputs().get(i).size();
            Type t = own.params().get(i);
            if (t.dims() != dims) {
                error(m, a, v, display(a) + "(layout) of '" + m.getSimpleName() + "': input " + (i + 1) + " is "
                        + spell(layout.inputs().get(i)) + ", " + dims + "-dimensional, but parameter '"
                        + params.get(i).getSimpleName() + "' is " + t.javaName());
            }
        }
        return this.errors == errors;
    }

    /**
     * Kernels are looked up by name ({@code Hotloop.jit(Kernels.class, "sum")} wants a unique static
     * method of that name), so a kernel's name may not be shared with another static method of its
     * class. Reports each such kernel; returns them.
     */
    Set<ExecutableElement> ambiguousNames(TypeElement owner, List<ExecutableElement> kernels) {
        Set<ExecutableElement> ambiguous = new HashSet<>();
        for (ExecutableElement m : kernels) {
            List<String> others = ElementFilter.methodsIn(owner.getEnclosedElements()).stream()
                    .filter(o -> o != m && o.getSimpleName().equals(m.getSimpleName()) && o.getModifiers().contains(Modifier.STATIC))
                    .map(Object::toString).toList();
            if (!others.isEmpty()) {
                ambiguous.add(m);
                error(m, "kernel '" + m + "' is overloaded (also " + String.join(", ", others) + " in "
                        + owner.getSimpleName() + "): kernels are looked up by name, Hotloop.jit(" + owner.getSimpleName()
                        + ".class, \"" + m.getSimpleName() + "\"), so give it a name of its own");
            }
        }
        return ambiguous;
    }

    /** Facade methods must not clash with Object's methods or with another kernel's accessor. */
    Map<ExecutableElement, JitKernel> accessorClashes(Map<ExecutableElement, JitKernel> kernels) {
        Map<ExecutableElement, JitKernel> ok = new LinkedHashMap<>(kernels);
        for (var e : kernels.entrySet()) {
            for (JitKernel other : kernels.values()) {
                boolean clash = other.accessorName().equals(e.getValue().name())
                        && e.getValue().overloads().stream().anyMatch(s -> s.params().isEmpty());
                if (clash) {
                    error(e.getKey(), "@Jit method '" + e.getValue().name() + "' () clashes with the facade's accessor for kernel '"
                            + other.name() + "' (" + other.accessorName() + "() returns its JitFunction); rename one of them");
                    ok.remove(e.getKey());
                }
            }
        }
        return ok;
    }

    private boolean facadeNamesOk(ExecutableElement m, JitKernel k) {
        for (Signature s : k.overloads()) {
            String call = k.name() + s.toString().substring(s.result().javaName().length());
            if (OBJECT_METHODS.contains(call)) {
                error(m, "@Jit method '" + call + "' cannot have a facade method: a static " + call
                        + " would clash with java.lang.Object's; rename the kernel");
                return false;
            }
        }
        return true;
    }

    private boolean isStatic(ExecutableElement m, AnnotationMirror a) {
        if (m.getModifiers().contains(Modifier.STATIC)) return true;
        error(m, display(a) + " method '" + m.getSimpleName() + "' must be static: Hotloop compiles static methods only");
        return false;
    }

    /** The method's own signature, or null after reporting each unsupported parameter or result type. */
    private Signature ownSignature(ExecutableElement m, AnnotationMirror a, boolean arrays) {
        String what = display(a) + " method '" + m.getSimpleName() + "'";
        String allowed = arrays ? KERNEL_TYPES : "primitive scalars (its array forms are generated)";
        boolean ok = true;
        List<Type> params = new ArrayList<>();
        for (VariableElement p : m.getParameters()) {
            Type t = kernelType(p.asType());
            if (t == null || t.isVoid() || (!arrays && t.isArray())) {
                ok = false;
                error(p, "parameter '" + p.getSimpleName() + "' of " + what + " has type " + p.asType()
                        + why(p.asType()) + ": a kernel takes " + allowed);
            } else {
                params.add(t);
            }
        }
        Type result = kernelType(m.getReturnType());
        if (result == null || (!arrays && (result.isArray() || result.isVoid()))) {
            ok = false;
            error(m, what + " returns " + m.getReturnType() + why(m.getReturnType()) + ": a kernel returns "
                    + (arrays ? "void or " + KERNEL_TYPES : "a primitive scalar"));
        }
        return ok ? new Signature(result, params) : null;
    }

    /**
     * The parsed {@code signatures} of the annotation, each checked against the method's own
     * signature when that is known; null after reporting an error.
     */
    private List<Signature> declaredSignatures(ExecutableElement m, AnnotationMirror a, Signature own, boolean arrays) {
        String where = display(a) + "(signatures) of '" + m.getSimpleName() + "': ";
        List<Signature> out = new ArrayList<>();
        boolean ok = true;
        List<? extends AnnotationValue> values = signatureValues(a);
        for (AnnotationValue v : values) {
            String text = (String) v.getValue();
            String problem;
            Signature s = null;
            try {
                s = Signature.parse(text);
                problem = SignatureFit.problem(s, own, m, arrays);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                ok = false;
                error(m, a, v, where + problem);
            } else {
                out.add(s);
            }
        }
        return ok ? out : null;
    }

    /** The kernel type of a Java type: a primitive, void, or a primitive array of up to 2 dimensions; else null. */
    static Type kernelType(TypeMirror t) {
        return switch (t.getKind()) {
            case BOOLEAN -> Type.BOOL;
            case BYTE -> Type.I8;
            case SHORT -> Type.I16;
            case CHAR -> Type.U16;
            case INT -> Type.I32;
            case LONG -> Type.I64;
            case FLOAT -> Type.F32;
            case DOUBLE -> Type.F64;
            case VOID -> Type.VOID;
            case ARRAY -> {
                Type elem = kernelType(((ArrayType) t).getComponentType());
                yield elem == null || elem.isVoid() || elem.dims() >= 2 ? null : Type.array(elem);
            }
            default -> null;
        };
    }

    /** A precise reason for arrays of too many dimensions; empty otherwise. */
    private static String why(TypeMirror t) {
        int dims = 0;
        while (t instanceof ArrayType at) {
            dims++;
            t = at.getComponentType();
        }
        return dims > 2 && t.getKind().isPrimitive() ? " (arrays of more than 2 dimensions are not supported)" : "";
    }

    private static String spell(List<String> dims) {
        return "(" + String.join(",", dims) + ")";
    }

    private List<? extends AnnotationValue> signatureValues(AnnotationMirror a) {
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> list = (List<? extends AnnotationValue>) value(a, "signatures").getValue();
        return list;
    }

    private AnnotationValue value(AnnotationMirror a, String name) {
        for (var e : elements.getElementValuesWithDefaults(a).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) return e.getValue();
        }
        throw new IllegalStateException(display(a) + " has no element " + name);
    }

    private void error(Element e, String message) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, e);
    }

    private void error(Element e, AnnotationMirror a, AnnotationValue v, String message) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, e, a, v);
    }
}
