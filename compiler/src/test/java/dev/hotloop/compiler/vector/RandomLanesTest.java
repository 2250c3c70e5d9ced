package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.MethodRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Random draws in vector loops, on the compiler's side: which loops widen (a draw holds 64-bit
 * lanes, so an int loop at 512 bits gets 8 lanes, not 16; a bound must be uniform), the calls
 * the emitted code makes on the runtime's {@code VectorRandom}, and, without a random class (the
 * compiler cannot see the runtime), lanes filled from the JDK's generators. The runtime's
 * {@code dev.hotloop.vrandom.RandomWideningTest} checks the numbers against the lane model.
 */
class RandomLanesTest {
    private static final String RANDOM = "dev/hotloop/runtime/KernelRandom";
    private static final ClassSource CLASSES = name -> {
        try (InputStream in = RandomLanesTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };
    private static int counter;

    static void fillDoubles(double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = Math.random();
    }

    static void fillBelow(int[] out, int bound) {
        for (int i = 0; i < out.length; i++) out[i] = ThreadLocalRandom.current().nextInt(bound);
    }

    static void shuffleBounds(int[] out) {
        for (int i = 0; i < out.length; i++) out[i] = ThreadLocalRandom.current().nextInt(i + 1);
    }

    static long piCount(long n) {
        long acc = 0;
        for (long i = 0; i < n; i++) {
            double x = Math.random();
            double y = Math.random();
            if (x * x + y * y < 1.0) acc += 1;
        }
        return acc;
    }

    private static CompiledKernel compile(String name, MethodType type, int bits, String randomClass) {
        String owner = RandomLanesTest.class.getName().replace('.', '/');
        MethodRef ref = new MethodRef(owner, name, type.toMethodDescriptorString());
        return KernelCompiler.compile(new KernelRequest(ref, ref.signature().params(), new Options(false, false, bits),
                CLASSES, owner + "$Rnd$" + name + "$" + counter++, null, false, randomClass));
    }

    private static String explain(CompiledKernel k) {
        return k.loops().stream().map(l -> l.where() + " " + l.status() + " " + l.notes()).collect(Collectors.joining("\n"));
    }

    private static String status(CompiledKernel k) {
        return k.loops().stream().map(LoopReport::status).collect(Collectors.joining("; "));
    }

    /** Method calls of the emitted kernel, as {@code owner.name desc}. */
    private static List<String> calls(CompiledKernel k) {
        List<String> out = new ArrayList<>();
        new ClassReader(k.classBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int op, String owner, String n, String d, boolean itf) {
                        out.add(owner + "." + n + d);
                    }
                };
            }
        }, 0);
        return out;
    }

    private static void checkClass(CompiledKernel k) {
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(k.classBytes()), RandomLanesTest.class.getClassLoader(), false, new PrintWriter(sw));
        assertEquals("", sw.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void drawsWidenToOneCallPerVectorOnTheWidthClass(int bits) {
        int lanes = bits / 64;
        CompiledKernel k = compile("fillBelow", MethodType.methodType(void.class, int[].class, int.class), bits, RANDOM);
        // an int loop, but the generator's lanes are 64-bit: x2, x4, x8
        assertEquals("vectorised (inner, LongVector " + bits + " bits x" + lanes + ")", status(k), explain(k));
        List<String> calls = calls(k);
        assertTrue(calls.contains("dev/hotloop/runtime/VectorRandom.carried(Ldev/hotloop/runtime/KernelRandom;I)Ldev/hotloop/runtime/VectorRandom;"), calls.toString());
        assertTrue(calls.contains("dev/hotloop/runtime/VectorRandom$X" + lanes + ".nextInt(I)Ljdk/incubator/vector/IntVector;"), calls.toString());
        // the scalar rest still draws from the stream
        assertTrue(calls.contains(RANDOM + ".nextInt(I)I"), calls.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void monteCarloPiWidensWithItsCountByMask(int bits) {
        CompiledKernel k = compile("piCount", MethodType.methodType(long.class, long.class), bits, RANDOM);
        assertTrue(status(k).startsWith("vectorised (inner"), explain(k));
        // both draws are stepped inline on the generator's state (no call C2 could decline to inline)
        List<String> calls = calls(k);
        assertEquals(0, calls.stream().filter(c -> c.contains(".nextDouble()Ljdk/incubator/vector/DoubleVector;")).count(), calls.toString());
        assertEquals(1, calls.stream().filter(c -> c.endsWith("VectorRandom.state()[J")).count(), calls.toString());
        // the state is loaded into four LongVector locals once, before the loop, and stored back once, after it
        // (the stream carries the generator on to its next vector loop: the next block)
        assertEquals(4, calls.stream().filter(c -> c.startsWith("jdk/incubator/vector/LongVector.fromArray(")).count(), calls.toString());
        assertEquals(4, calls.stream().filter(c -> c.startsWith("jdk/incubator/vector/LongVector.intoArray(")).count(), calls.toString());
        assertTrue(calls.contains("dev/hotloop/runtime/VectorRandom.carried(Ldev/hotloop/runtime/KernelRandom;I)Ldev/hotloop/runtime/VectorRandom;"), calls.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void aBoundThatChangesInTheLoopKeepsItScalar(int bits) {
        CompiledKernel k = compile("shuffleBounds", MethodType.methodType(void.class, int[].class), bits, RANDOM);
        String why = explain(k);
        assertFalse(why.contains("vectorised ("), why);
        assertTrue(why.contains("RandomLanesTest.java:58: loop not vectorised: nextInt(bound) with a bound that changes in the loop"), why);
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void withoutARandomClassLanesComeFromTheJdk(int bits) throws Throwable {
        CompiledKernel d = compile("fillDoubles", MethodType.methodType(void.class, double[].class), bits, null);
        CompiledKernel b = compile("fillBelow", MethodType.methodType(void.class, int[].class, int.class), bits, null);
        CompiledKernel p = compile("piCount", MethodType.methodType(long.class, long.class), bits, null);
        for (CompiledKernel k : List.of(d, b, p)) {
            assertTrue(status(k).startsWith("vectorised (inner"), explain(k));
            checkClass(k);
        }
        MethodHandles.Lookup owner = MethodHandles.privateLookupIn(RandomLanesTest.class, MethodHandles.lookup());
        MethodHandle fill = handle(owner, d, MethodType.methodType(void.class, double[].class));
        MethodHandle below = handle(owner, b, MethodType.methodType(void.class, int[].class, int.class));
        MethodHandle pi = handle(owner, p, MethodType.methodType(long.class, long.class));

        double[] xs = new double[1001];
        fill.invokeExact(xs);
        for (double x : xs) assertTrue(x >= 0 && x < 1);
        assertTrue(java.util.Arrays.stream(xs).distinct().count() > 990);

        int[] is = new int[1001];
        below.invokeExact(is, 7);
        for (int i : is) assertTrue(i >= 0 && i < 7);
        assertThrows(IllegalArgumentException.class, () -> {
            below.invokeExact(new int[50], 0);
        });

        long n = 400_000;
        long inside = (long) pi.invokeExact(n);
        assertEquals(Math.PI, 4.0 * inside / n, 0.05);   // unseeded JDK draws: 13 standard deviations
    }

    private static MethodHandle handle(MethodHandles.Lookup owner, CompiledKernel k, MethodType type) throws Exception {
        Class<?> c = owner.defineHiddenClass(k.classBytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
        return owner.findStatic(c, k.raw(), type);
    }
}
