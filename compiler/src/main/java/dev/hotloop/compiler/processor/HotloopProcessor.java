package dev.hotloop.compiler.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Hotloop annotation processor: for each class with {@code @Jit} methods it checks them
 * ({@link Checks}) and writes the facade {@code p.KernelsJit} ({@link FacadeGenerator}); it
 * also checks {@code @Vectorize}/{@code @GuVectorize} methods and where {@code @Parallel} is
 * written ({@link ParallelPlacement}). Users enable it by listing {@code hotloop-compiler} in
 * {@code maven-compiler-plugin}'s {@code annotationProcessorPaths}.
 *
 * <p>{@code @SuppressWarnings("hotloop")} on a method or class turns all of this off there: no
 * checks and no facade method (for tests of the runtime's own errors on bad kernels).
 *
 * <p>It supports {@code "*"} because a misplaced {@code @Parallel} can sit in a class with no
 * Hotloop annotation at all (the forgotten {@code @Jit}), and javac does not count annotations
 * on local variables as present. It claims a round's annotations only when all of them are
 * Hotloop's (so {@code -Xlint:processing} does not warn about them), never anyone else's.
 */
public final class HotloopProcessor extends AbstractProcessor {
    private static final List<String> KERNEL_ANNOTATIONS = List.of(Checks.JIT, Checks.VECTORIZE, Checks.GU_VECTORIZE);

    /** The {@code @SuppressWarnings} key that turns Hotloop's checks off. */
    static final String SUPPRESS = "hotloop";

    private Checks checks;
    private Trees trees;
    /** Facades written so far, by qualified name, with the class each was written for. */
    private final Map<String, String> written = new HashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        checks = new Checks(env.getMessager(), env.getElementUtils());
        try {
            trees = Trees.instance(env);
        } catch (IllegalArgumentException notJavac) {
            trees = null; // another compiler (e.g. ECJ): no source trees, so no @Parallel placement check
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement owner : owners(round)) {
            processClass(owner);
        }
        if (trees != null) {
            Set<CompilationUnitTree> seen = new HashSet<>();
            for (Element root : round.getRootElements()) {
                TreePath path = trees.getPath(root);
                if (path != null && seen.add(path.getCompilationUnit())) {
                    ParallelPlacement.check(trees, path.getCompilationUnit());
                }
            }
        }
        return !annotations.isEmpty() && annotations.stream()
                .allMatch(a -> a.getQualifiedName().toString().startsWith("dev.hotloop.annotations."));
    }

    /** The classes declaring annotated methods in this round, in a stable order. */
    private Set<TypeElement> owners(RoundEnvironment round) {
        Set<TypeElement> owners = new LinkedHashSet<>();
        for (String name : KERNEL_ANNOTATIONS) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            if (annotation == null) continue;
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e.getEnclosingElement() instanceof TypeElement t) owners.add(t);
            }
        }
        return owners;
    }

    private void processClass(TypeElement owner) {
        Map<ExecutableElement, AnnotationMirror> annotated = new LinkedHashMap<>();
        for (ExecutableElement m : ElementFilter.methodsIn(owner.getEnclosedElements())) {
            if (suppressed(m)) continue;
            AnnotationMirror a = kernelAnnotation(m);
            if (a != null) annotated.put(m, a);
        }
        Set<ExecutableElement> ambiguous = checks.ambiguousNames(owner, new ArrayList<>(annotated.keySet()));
        boolean anyKernel = false;
        Map<ExecutableElement, JitKernel> kernels = new LinkedHashMap<>();
        List<UfuncKernel> ufuncs = new ArrayList<>();
        List<String> gufuncs = new ArrayList<>();
        for (var entry : annotated.entrySet()) {
            ExecutableElement m = entry.getKey();
            AnnotationMirror a = entry.getValue();
            switch (a.getAnnotationType().toString()) {
                case Checks.JIT -> {
                    JitKernel k = checks.jit(m, a);
                    if (k != null && !ambiguous.contains(m)) kernels.put(m, k);
                }
                case Checks.VECTORIZE -> {
                    UfuncKernel u = checks.vectorize(m, a);
                    if (u != null && !ambiguous.contains(m)) ufuncs.add(u);
                }
                default -> {
                    if (checks.guVectorize(m, a) && !ambiguous.contains(m)) gufuncs.add(m.getSimpleName().toString());
                }
            }
            anyKernel = true;
        }
        // the facade is written even if some kernels failed their checks: the errors then stand
        // alone instead of coming with "cannot find symbol KernelsJit" at every use
        if (anyKernel) {
            write(owner, checks.accessorClashes(kernels), ufuncs, gufuncs);
        }
    }

    /** Whether {@code @SuppressWarnings("hotloop")} is on the element or around it. */
    static boolean suppressed(Element e) {
        for (; e != null; e = e.getEnclosingElement()) {
            SuppressWarnings s = e.getAnnotation(SuppressWarnings.class);
            if (s != null && Arrays.asList(s.value()).contains(SUPPRESS)) return true;
        }
        return false;
    }

    /** The method's Hotloop annotation; reports an error and picks the first if there are several. */
    private AnnotationMirror kernelAnnotation(ExecutableElement m) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror a : m.getAnnotationMirrors()) {
            if (KERNEL_ANNOTATIONS.contains(a.getAnnotationType().toString())) found.add(a);
        }
        if (found.size() > 1) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "'" + m.getSimpleName()
                    + "' has " + found.stream().map(Checks::display).toList()
                    + ": a method is one kind of kernel, so use one of @Jit, @Vectorize, @GuVectorize", m);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private void write(TypeElement owner, Map<ExecutableElement, JitKernel> kernels, List<UfuncKernel> ufuncs,
                       List<String> gufuncs) {
        Facade facade = facade(owner, new ArrayList<>(kernels.values()), ufuncs, gufuncs);
        String previous = written.putIfAbsent(facade.qualifiedName(), facade.ownerName());
        if (previous != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "the facade of " + facade.ownerName()
                    + " would be " + facade.qualifiedName() + ", already written for " + previous + "; rename one of the classes", owner);
            return;
        }
        try (Writer w = processingEnv.getFiler().createSourceFile(facade.qualifiedName(), owner).openWriter()) {
            w.write(FacadeGenerator.generate(facade));
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write the facade " + facade.qualifiedName() + ": " + e.getMessage(), owner);
        }
    }

    /** Names the facade after the kernel class: {@code p.Kernels -> p.KernelsJit}, {@code p.Outer.Kernels -> p.Outer_KernelsJit}. */
    private Facade facade(TypeElement owner, List<JitKernel> kernels, List<UfuncKernel> ufuncs, List<String> gufuncs) {
        String pkg = processingEnv.getElementUtils().getPackageOf(owner).getQualifiedName().toString();
        List<String> names = new ArrayList<>();
        boolean isPublic = true;
        boolean isPrivate = false;
        for (Element e = owner; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            names.addFirst(t.getSimpleName().toString());
            isPublic &= t.getModifiers().contains(Modifier.PUBLIC) || t.getEnclosingElement().getKind().isInterface();
            isPrivate |= t.getModifiers().contains(Modifier.PRIVATE);
            if (t.getNestingKind() == NestingKind.TOP_LEVEL) break;
        }
        String binary = isPrivate ? processingEnv.getElementUtils().getBinaryName(owner).toString() : null;
        return new Facade(pkg, String.join("_", names) + "Jit", owner.getQualifiedName().toString(), binary, isPublic, kernels, ufuncs, gufuncs);
    }
}
