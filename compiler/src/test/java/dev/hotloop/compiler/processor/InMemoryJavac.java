package dev.hotloop.compiler.processor;

import dev.hotloop.annotations.Jit;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs javac with the Hotloop processor on sources held in memory, and keeps what it writes
 * (generated sources, class files) in memory too.
 * <pre>Result r = InMemoryJavac.procOnly(Map.of("p.Kernels", "package p; ..."));
 * r.generated("p.KernelsJit")   r.errors()</pre>
 */
final class InMemoryJavac {
    /** What one compilation produced; {@code generated} and {@code classes} are keyed by qualified name. */
    record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
                  Map<String, String> generated, Map<String, byte[]> classes) {
        List<Diagnostic<? extends JavaFileObject>> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        }

        /** The one error whose message contains {@code text}; fails listing all diagnostics otherwise. */
        Diagnostic<? extends JavaFileObject> error(String text) {
            List<Diagnostic<? extends JavaFileObject>> found = errors().stream()
                    .filter(d -> d.getMessage(null).contains(text)).toList();
            if (found.size() != 1) {
                throw new AssertionError("expected one error containing '" + text + "', got " + found.size() + ":\n" + report());
            }
            return found.get(0);
        }

        String generated(String name) {
            String s = generated.get(name);
            if (s == null) throw new AssertionError("no generated source " + name + " in " + generated.keySet() + "\n" + report());
            return s;
        }

        /** All diagnostics as javac prints them, for failure messages. */
        String report() {
            return diagnostics.stream().map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
        }

        ClassLoader loader() {
            return new ClassLoader(InMemoryJavac.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] b = classes.get(name);
                    if (b == null) throw new ClassNotFoundException(name);
                    return defineClass(name, b, 0, b.length);
                }
            };
        }
    }

    /**
     * Stand-ins for the runtime's {@code Hotloop} and {@code JitFunction} (the runtime module is not on
     * this module's class path): {@code handle(type)} finds the plain static method of exactly that type,
     * and fails like the runtime on a type that fits no variant; a kernel whose name starts with
     * {@code broken} fails to compile.
     */
    static final Map<String, String> RUNTIME_STUB = Map.of(
            "dev.hotloop.Hotloop", """
                    package dev.hotloop;
                    public final class Hotloop {
                        public static int jitCalls;
                        public static JitFunction jit(Class<?> owner, String name) {
                            jitCalls++;
                            if (name.startsWith("broken")) throw new IllegalArgumentException("cannot compile " + name);
                            return new JitFunction(owner, name);
                        }
                        public static Ufunc ufunc(Class<?> owner, String name) {
                            return new Ufunc(owner, name);
                        }
                        public static GUfunc gufunc(Class<?> owner, String name) {
                            return new GUfunc();
                        }
                    }
                    """,
            "dev.hotloop.Ufunc", """
                    package dev.hotloop;
                    import java.lang.invoke.*;
                    public final class Ufunc {
                        public final Class<?> owner;
                        public final String name;
                        public Object[] last;
                        Ufunc(Class<?> owner, String name) { this.owner = owner; this.name = name; }
                        public Object apply(Object... args) { last = args; return null; }
                        public Object into(Object out, Object... args) { last = args; return out; }
                        public MethodHandle handle(MethodType type) {
                            try {
                                return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findStatic(owner, name, type);
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalArgumentException("no variant " + name + type);
                            }
                        }
                    }
                    """,
            "dev.hotloop.GUfunc", """
                    package dev.hotloop;
                    public final class GUfunc {
                    }
                    """,
            "dev.hotloop.JitFunction", """
                    package dev.hotloop;
                    import java.lang.invoke.*;
                    public final class JitFunction {
                        public final Class<?> owner;
                        public final String name;
                        JitFunction(Class<?> owner, String name) { this.owner = owner; this.name = name; }
                        public MethodHandle handle(MethodType type) {
                            try {
                                return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findStatic(owner, name, type);
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalArgumentException("no variant " + name + type);
                            }
                        }
                    }
                    """);

    private InMemoryJavac() {
    }

    /** Runs only the processor (no class files): the facade is generated but not compiled. */
    static Result procOnly(Map<String, String> sources) {
        return compile("-proc:only", sources);
    }

    /** Processes and compiles everything, the generated facade included. */
    static Result full(Map<String, String> sources, String... moreOptions) {
        return compile("-proc:full", sources, moreOptions);
    }

    /** Sources from one class text each: the qualified name is read from the package and class lines. */
    static Map<String, String> sources(String... texts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : texts) {
            String pkg = t.contains("package ") ? t.replaceAll("(?s).*?package\\s+([\\w.]+)\\s*;.*", "$1") + "." : "";
            String cls = t.replaceAll("(?s).*?(?:class|interface|enum|record)\\s+(\\w+).*", "$1");
            m.put(pkg + cls, t);
        }
        return m;
    }

    private static Result compile(String procMode, Map<String, String> sources, String... moreOptions) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, String> generated = new LinkedHashMap<>();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        StandardJavaFileManager std = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        JavaFileManager files = new ForwardingJavaFileManager<>(std) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new MemoryFile(className, kind, generated, classes);
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        RUNTIME_STUB.forEach((name, text) -> units.add(new MemoryFile(name, text)));
        sources.forEach((name, text) -> units.add(new MemoryFile(name, text)));
        List<String> options = new ArrayList<>(List.of(procMode, "-processor", HotloopProcessor.class.getName(),
                "-classpath", classpath(), "-Xlint:-options"));
        options.addAll(List.of(moreOptions));
        boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
        return new Result(ok, diagnostics.getDiagnostics(), generated, classes);
    }

    /** The annotations and the processor, wherever Surefire put them, plus the declared class path. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(Jit.class, HotloopProcessor.class, dev.hotloop.compiler.ir.Signature.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        return String.join(File.pathSeparator, entries);
    }

    /** A source given as text, or an output (generated source or class file) captured in a map. */
    private static final class MemoryFile extends SimpleJavaFileObject {
        private final String name;
        private String text;
        private Map<String, String> sourceSink;
        private Map<String, byte[]> classSink;

        MemoryFile(String name, String text) {
            super(uri(name, Kind.SOURCE), Kind.SOURCE);
            this.name = name;
            this.text = text;
        }

        MemoryFile(String name, Kind kind, Map<String, String> sourceSink, Map<String, byte[]> classSink) {
            super(uri(name, kind), kind);
            this.name = name;
            this.sourceSink = sourceSink;
            this.classSink = classSink;
        }

        private static URI uri(String name, Kind kind) {
            return URI.create("mem:///" + name.replace('.', '/') + kind.extension);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    byte[] bytes = toByteArray();
                    if (kind == Kind.CLASS) {
                        classSink.put(name, bytes);
                    } else {
                        text = new String(bytes, StandardCharsets.UTF_8);
                        sourceSink.put(name, text);
                    }
                }
            };
        }
    }
}
