package dev.hotloop.bench;

import dev.hotloop.runtime.KernelRandom;
import dev.hotloop.runtime.VectorRandom;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Kernel random numbers, scalar against lane-parallel, in nanoseconds per double drawn
 * ({@link OperationsPerInvocation}: every method draws {@link #DOUBLES} doubles):
 * <ul>
 * <li>{@code scalar}: {@link KernelRandom#nextDouble()}, what a scalar kernel calls;</li>
 * <li>{@code vector2/4/8}: {@link VectorRandom#nextDouble()} with 2, 4, 8 lanes (128, 256, 512 bits);</li>
 * <li>{@code vector8Registers}: the same generator written by hand with its state in local
 *     {@code LongVector}s, the ceiling of keeping the state in registers (VectorRandom keeps it in
 *     an array, see its Javadoc);</li>
 * <li>{@code piScalar} / {@code piVector8}: MonteCarloPi's loop body (two draws, compare, count),
 *     scalar and as the vectoriser should widen it (count by mask), per double drawn.</li>
 * </ul>
 * The generators live in the benchmark state, like one made before a kernel's loop. Run only
 * these: {@code bench/quick 'RandomBench'}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class RandomBench {
    static final int DOUBLES = 8192;
    private static final VectorSpecies<Long> L8 = LongVector.SPECIES_512;

    KernelRandom scalar;
    VectorRandom v2, v4, v8;
    long[] state8;

    @Setup
    public void streams() {
        scalar = KernelRandom.of(42);
        v2 = VectorRandom.of(KernelRandom.of(42), 2);
        v4 = VectorRandom.of(KernelRandom.of(42), 4);
        v8 = VectorRandom.of(KernelRandom.of(42), 8);
        state8 = new long[32];
        KernelRandom[] lanes = KernelRandom.of(42).lanes(8);
        for (int k = 0; k < 8; k++) {
            state8[k] = lanes[k].nextLong() | 1;   // any odd increment and any state will do here
            state8[8 + k] = lanes[k].nextLong();
            state8[16 + k] = lanes[k].nextLong();
            state8[24 + k] = lanes[k].nextLong() | 1;
        }
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double scalar() {
        double sum = 0;
        for (int i = 0; i < DOUBLES; i++) sum += scalar.nextDouble();
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double vector2() {
        return sum(v2);
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double vector4() {
        return sum(v4);
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double vector8() {
        return sum(v8);
    }

    private static double sum(VectorRandom v) {
        int lanes = v.lanes();
        DoubleVector acc = v.nextDouble();
        for (int i = lanes; i < DOUBLES; i += lanes) acc = acc.add(v.nextDouble());
        return acc.reduceLanes(VectorOperators.ADD);
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double vector8Registers() {
        LongVector a = LongVector.fromArray(L8, state8, 0), s = LongVector.fromArray(L8, state8, 8);
        LongVector x0 = LongVector.fromArray(L8, state8, 16), x1 = LongVector.fromArray(L8, state8, 24);
        DoubleVector acc = DoubleVector.zero(DoubleVector.SPECIES_512);
        for (int i = 0; i < DOUBLES; i += 8) {
            LongVector z = mix(s.add(x0));
            s = s.mul(0xd1342543de82ef95L).add(a);
            LongVector q1 = x1.lanewise(VectorOperators.XOR, x0);
            x0 = x0.lanewise(VectorOperators.ROL, 24).lanewise(VectorOperators.XOR, q1)
                    .lanewise(VectorOperators.XOR, q1.lanewise(VectorOperators.LSHL, 16));
            x1 = q1.lanewise(VectorOperators.ROL, 37);
            acc = acc.add(((DoubleVector) z.lanewise(VectorOperators.LSHR, 11).convert(VectorOperators.L2D, 0)).mul(0x1.0p-53));
        }
        s.intoArray(state8, 8);
        x0.intoArray(state8, 16);
        x1.intoArray(state8, 24);
        return acc.reduceLanes(VectorOperators.ADD);
    }

    private static LongVector mix(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32)).mul(0xdaba0b6eb09322e3L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32)).mul(0xdaba0b6eb09322e3L);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32));
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public long piScalar() {
        long inside = 0;
        for (int i = 0; i < DOUBLES / 2; i++) {
            double x = scalar.nextDouble(), y = scalar.nextDouble();
            if (x * x + y * y < 1.0) inside++;
        }
        return inside;
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public long piVector8() {
        long inside = 0;
        for (int i = 0; i < DOUBLES / 2; i += 8) {
            DoubleVector x = v8.nextDouble(), y = v8.nextDouble();
            inside += x.mul(x).add(y.mul(y)).lt(1.0).trueCount();  // no fma: the bits of x * x + y * y
        }
        return inside;
    }
}
