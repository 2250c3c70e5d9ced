package dev.hotloop.compiler.processor;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.tools.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks where {@code @Parallel} is written: on an {@code int} or {@code long} local variable
 * (the loop variable) of a {@code @Jit} method. An annotation processor is not shown local
 * variables, so this walks the source trees ({@code com.sun.source}, see TOOLCHAIN.md).
 * <pre>static void fill(double[] a) { for (@Parallel int i = 0; ...) }
 *   ==> error: @Parallel on 'i' in 'fill', which is not a @Jit method: ...</pre>
 *
 * <p>Method bodies are not attributed yet when processors run, so an annotation in a body is
 * recognised by how it is written: {@code @dev.hotloop.annotations.Parallel}, or
 * {@code @Parallel} with that class or its package imported (or the file in that package).
 */
final class ParallelPlacement extends TreePathScanner<Void, Void> {
    static final String PARALLEL = "dev.hotloop.annotations.Parallel";

    private final Trees trees;
    private final CompilationUnitTree unit;
    private MethodTree method;
    private boolean inJit;
    /** Whether the enclosing {@code @Jit} says {@code parallel = true}; unknown (true) for local classes. */
    private boolean parallelOn;
    private boolean suppressed;

    private ParallelPlacement(Trees trees, CompilationUnitTree unit) {
        this.trees = trees;
        this.unit = unit;
    }

    /** Reports every misplaced {@code @Parallel} in one source file. */
    static void check(Trees trees, CompilationUnitTree unit) {
        new ParallelPlacement(trees, unit).scan(unit, null);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        MethodTree outerMethod = method;
        boolean outerJit = inJit;
        boolean outerSuppressed = suppressed;
        method = null;
        inJit = false;
        suppressed |= suppresses(tree.getModifiers());
        try {
            return super.visitClass(tree, unused);
        } finally {
            method = outerMethod;
            inJit = outerJit;
            suppressed = outerSuppressed;
        }
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
        MethodTree outerMethod = method;
        boolean outerJit = inJit;
        boolean outerParallel = parallelOn;
        boolean outerSuppressed = suppressed;
        method = tree;
        inJit = isJit(tree);
        parallelOn = parallelOn();
        suppressed |= suppresses(tree.getModifiers());
        try {
            return super.visitMethod(tree, unused);
        } finally {
            method = outerMethod;
            inJit = outerJit;
            parallelOn = outerParallel;
            suppressed = outerSuppressed;
        }
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
        AnnotationTree parallel = parallelAnnotation(tree);
        if (parallel != null && !suppressed && !suppresses(tree.getModifiers())) {
            String problem = problem(tree);
            if (problem != null) {
                trees.printMessage(Diagnostic.Kind.ERROR, "@Parallel on " + problem
                        + "; it marks the loop variable of a @Jit method: for (@Parallel int i = 0; i < n; i++)", parallel, unit);
            } else if (!parallelOn) {
                // legal (the loop runs serially, DESIGN.md), but likely an oversight: a note, which -Werror ignores
                trees.printMessage(Diagnostic.Kind.NOTE, "@Parallel on '" + tree.getName() + "' has no effect: '"
                        + method.getName() + "' is @Jit without parallel = true, so the loop runs serially", parallel, unit);
            }
        }
        return super.visitVariable(tree, unused);
    }

    /** What is wrong with this {@code @Parallel} variable, or null if nothing. */
    private String problem(VariableTree v) {
        String name = "'" + v.getName() + "'";
        if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree) return "field " + name;
        if (method == null) return name + " in an initializer block";
        if (method.getParameters().contains(v)) return "parameter " + name + " of '" + method.getName() + "'";
        if (!inJit) return name + " in '" + method.getName() + "', which is not a @Jit method (add @Jit(parallel = true))";
        Tree type = v.getType();
        if (type instanceof AnnotatedTypeTree at) type = at.getUnderlyingType();
        if (type instanceof PrimitiveTypeTree p && p.getPrimitiveTypeKind() != TypeKind.INT && p.getPrimitiveTypeKind() != TypeKind.LONG) {
            return name + " of type " + p + ": only an int or long variable counts a loop";
        }
        return null;
    }

    /** Whether the modifiers hold {@code @SuppressWarnings("hotloop")} (or an array naming it). */
    private static boolean suppresses(ModifiersTree mods) {
        return mods.getAnnotations().stream().anyMatch(a -> a.getAnnotationType().toString().endsWith("SuppressWarnings")
                && a.getArguments().toString().contains('"' + HotloopProcessor.SUPPRESS + '"'));
    }

    /** Whether the method's {@code @Jit} has {@code parallel = true}; true when that cannot be known. */
    private boolean parallelOn() {
        if (!(trees.getElement(getCurrentPath()) instanceof ExecutableElement e)) return true;
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            if (!a.getAnnotationType().toString().equals(Checks.JIT)) continue;
            return a.getElementValues().entrySet().stream().anyMatch(
                    v -> v.getKey().getSimpleName().contentEquals("parallel") && Boolean.TRUE.equals(v.getValue().getValue()));
        }
        return true;
    }

    private boolean isJit(MethodTree tree) {
        Element e = trees.getElement(getCurrentPath());
        if (e instanceof ExecutableElement) {
            return e.getAnnotationMirrors().stream().anyMatch(
                    a -> a.getAnnotationType().toString().equals(Checks.JIT));
        }
        // a method of a local class is not entered yet: go by how the annotation is written
        return tree.getModifiers().getAnnotations().stream().anyMatch(a -> denotes(a, Checks.JIT));
    }

    private AnnotationTree parallelAnnotation(VariableTree v) {
        List<AnnotationTree> all = new ArrayList<>(v.getModifiers().getAnnotations());
        if (v.getType() instanceof AnnotatedTypeTree at) all.addAll(at.getAnnotations());
        return all.stream().filter(a -> denotes(a, PARALLEL)).findFirst().orElse(null);
    }

    /** Whether an annotation as written names the class {@code qualified}, given this file's package and imports. */
    private boolean denotes(AnnotationTree a, String qualified) {
        String written = a.getAnnotationType().toString();
        if (written.equals(qualified)) return true;
        int dot = qualified.lastIndexOf('.');
        String pkg = qualified.substring(0, dot);
        if (!written.equals(qualified.substring(dot + 1))) return false;
        if (unit.getPackageName() != null && unit.getPackageName().toString().equals(pkg)) return true;
        for (ImportTree i : unit.getImports()) {
            String imported = i.getQualifiedIdentifier().toString();
            if (!i.isStatic() && (imported.equals(qualified) || imported.equals(pkg + ".*"))) return true;
        }
        return false;
    }
}
