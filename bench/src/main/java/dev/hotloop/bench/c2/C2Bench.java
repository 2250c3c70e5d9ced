package dev.hotloop.bench.c2;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The evidence for {@code C2Vectorises}: each loop of {@link C2Kernels} as plain Java
 * ({@code xPlain}, C2 with SuperWord), through Hotloop ({@code xHotloop}) and by hand with the
 * Vector API ({@code xHand}, {@link C2Hand}), in one run. Run it a second time with SuperWord off
 * to see which plain loops C2 vectorises (those that get much slower):
 * <pre>
 * bench/quick 'C2Bench'
 * java -jar bench/target/benchmarks.jar 'C2Bench.*Plain' -jvmArgsAppend '--add-modules jdk.incubator.vector -XX:-UseSuperWord'
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class C2Bench {
    @Benchmark
    public Object triadPlain(C2Data d) {
        C2Kernels.triad(d.da, d.db, d.dc, 1.5);
        return d.da;
    }

    @Benchmark
    public Object triadHotloop(C2Data d) {
        C2KernelsJit.triad(d.da, d.db, d.dc, 1.5);
        return d.da;
    }

    @Benchmark
    public Object triadHand(C2Data d) {
        C2Hand.triad(d.da, d.db, d.dc, 1.5);
        return d.da;
    }

    @Benchmark
    public Object addIntsPlain(C2Data d) {
        C2Kernels.addInts(d.ia, d.ib, d.ic);
        return d.ic;
    }

    @Benchmark
    public Object addIntsHotloop(C2Data d) {
        C2KernelsJit.addInts(d.ia, d.ib, d.ic);
        return d.ic;
    }

    @Benchmark
    public Object addIntsHand(C2Data d) {
        C2Hand.addInts(d.ia, d.ib, d.ic);
        return d.ic;
    }

    @Benchmark
    public Object bitsIntsPlain(C2Data d) {
        C2Kernels.bitsInts(d.ia, d.ib, d.ic);
        return d.ic;
    }

    @Benchmark
    public Object bitsIntsHotloop(C2Data d) {
        C2KernelsJit.bitsInts(d.ia, d.ib, d.ic);
        return d.ic;
    }

    @Benchmark
    public Object bitsIntsHand(C2Data d) {
        C2Hand.bitsInts(d.ia, d.ib, d.ic);
        return d.ic;
    }

    @Benchmark
    public Object axpyFloatsPlain(C2Data d) {
        C2Kernels.axpyFloats(d.fa, d.fb, 1.5f);
        return d.fb;
    }

    @Benchmark
    public Object axpyFloatsHotloop(C2Data d) {
        C2KernelsJit.axpyFloats(d.fa, d.fb, 1.5f);
        return d.fb;
    }

    @Benchmark
    public Object axpyFloatsHand(C2Data d) {
        C2Hand.axpyFloats(d.fa, d.fb, 1.5f);
        return d.fb;
    }

    @Benchmark
    public Object mulLongsPlain(C2Data d) {
        C2Kernels.mulLongs(d.la, d.lb, d.lc);
        return d.lc;
    }

    @Benchmark
    public Object mulLongsHotloop(C2Data d) {
        C2KernelsJit.mulLongs(d.la, d.lb, d.lc);
        return d.lc;
    }

    @Benchmark
    public Object mulLongsHand(C2Data d) {
        C2Hand.mulLongs(d.la, d.lb, d.lc);
        return d.lc;
    }

    @Benchmark
    public Object sqrtAllPlain(C2Data d) {
        C2Kernels.sqrtAll(d.da, d.dc);
        return d.dc;
    }

    @Benchmark
    public Object sqrtAllHotloop(C2Data d) {
        C2KernelsJit.sqrtAll(d.da, d.dc);
        return d.dc;
    }

    @Benchmark
    public Object sqrtAllHand(C2Data d) {
        C2Hand.sqrtAll(d.da, d.dc);
        return d.dc;
    }

    @Benchmark
    public Object divAllPlain(C2Data d) {
        C2Kernels.divAll(d.da, d.db, d.dc);
        return d.dc;
    }

    @Benchmark
    public Object divAllHotloop(C2Data d) {
        C2KernelsJit.divAll(d.da, d.db, d.dc);
        return d.dc;
    }

    @Benchmark
    public Object divAllHand(C2Data d) {
        C2Hand.divAll(d.da, d.db, d.dc);
        return d.dc;
    }

    @Benchmark
    public int sumIntsPlain(C2Data d) {
        return C2Kernels.sumInts(d.ia);
    }

    @Benchmark
    public int sumIntsHotloop(C2Data d) {
        return C2KernelsJit.sumInts(d.ia);
    }

    @Benchmark
    public int sumIntsHand(C2Data d) {
        return C2Hand.sumInts(d.ia);
    }

    @Benchmark
    public long sumLongsPlain(C2Data d) {
        return C2Kernels.sumLongs(d.la);
    }

    @Benchmark
    public long sumLongsHotloop(C2Data d) {
        return C2KernelsJit.sumLongs(d.la);
    }

    @Benchmark
    public long sumLongsHand(C2Data d) {
        return C2Hand.sumLongs(d.la);
    }

    @Benchmark
    public int dotIntsPlain(C2Data d) {
        return C2Kernels.dotInts(d.ia, d.ib);
    }

    @Benchmark
    public int dotIntsHotloop(C2Data d) {
        return C2KernelsJit.dotInts(d.ia, d.ib);
    }

    @Benchmark
    public int dotIntsHand(C2Data d) {
        return C2Hand.dotInts(d.ia, d.ib);
    }

    @Benchmark
    public long sumIntsToLongPlain(C2Data d) {
        return C2Kernels.sumIntsToLong(d.ia);
    }

    @Benchmark
    public long sumIntsToLongHotloop(C2Data d) {
        return C2KernelsJit.sumIntsToLong(d.ia);
    }

    @Benchmark
    public long sumIntsToLongHand(C2Data d) {
        return C2Hand.sumIntsToLong(d.ia);
    }

    @Benchmark
    public Object addRowsPlain(C2Data d) {
        C2Kernels.addRows(d.ga, d.gr, 1.5);
        return d.gr;
    }

    @Benchmark
    public Object addRowsHotloop(C2Data d) {
        C2KernelsJit.addRows(d.ga, d.gr, 1.5);
        return d.gr;
    }

    @Benchmark
    public Object addRowsHand(C2Data d) {
        C2Hand.addRows(d.ga, d.gr, 1.5);
        return d.gr;
    }
}
