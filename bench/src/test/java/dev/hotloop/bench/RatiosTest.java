package dev.hotloop.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatiosTest {
    @Test
    void splitsQuotedCsvFields() {
        assertEquals(List.of("a,b", "avgt", "1", "x\"y", ""), Ratios.fields("\"a,b\",\"avgt\",1,\"x\"\"y\","));
    }

    @Test
    void pairsRowsByKernelAndSize(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: size"
                "dev.hotloop.bench.PlainBench.dot","avgt",1,5,2.0,0.1,"us/op",1000
                "dev.hotloop.bench.FacadeBench.dot","avgt",1,5,1.0,0.1,"us/op",1000
                "dev.hotloop.bench.HandleBench.dot","avgt",1,5,0.5,0.1,"us/op",1000
                "dev.hotloop.bench.InterpretedBench.dot","avgt",1,5,200.0,1.0,"us/op",1000
                "dev.hotloop.bench.DispatchBench.direct","avgt",1,5,0.5,0.01,"ns/op",
                "dev.hotloop.bench.DispatchBench.invoke","avgt",1,5,5.0,0.01,"ns/op",
                """);
        List<Ratios.Row> rows = Ratios.read(csv);
        String kernels = Ratios.kernelTable(rows);
        String dotLine = kernels.lines().filter(l -> l.startsWith("dot")).findFirst().orElseThrow();
        assertEquals(List.of("dot", "1000", "200.0", "2.000", "1.000", "0.5000", "0.50", "0.25", "0.01"),
                List.of(dotLine.trim().split("\\s+")));
        String dispatch = Ratios.dispatchTable(rows);
        assertTrue(dispatch.contains("invoke"), dispatch);
        assertTrue(dispatch.lines().anyMatch(l -> l.startsWith("invoke") && l.trim().endsWith("10.00")), dispatch);
    }

    @Test
    void pairsParallelAndSerialTwins(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
                "dev.hotloop.bench.ParallelBench.nbodyParallel","avgt",1,5,600.0,1.0,"us/op"
                "dev.hotloop.bench.ParallelBench.nbodySerial","avgt",1,5,1000.0,1.0,"us/op"
                "dev.hotloop.bench.ParallelBench.tinySumSerial","avgt",1,5,0.5,0.01,"us/op"
                """);
        String table = Ratios.parallelTable(Ratios.read(csv));
        assertTrue(table.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(List.of("nbody", "1000.0", "600.0", "0.60"))), table);
        assertTrue(table.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(List.of("tinySum", "0.5000", "-", "-"))), table);
        assertEquals("", Ratios.kernelTable(Ratios.read(csv)), "ParallelBench is not a way to run the array kernels");
    }

    @Test
    void simdTableGivesRatiosAndTargets(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: size"
                "dev.hotloop.bench.simd.SimdBench.dotHand","avgt",1,5,100.0,1.0,"us/op",1000000
                "dev.hotloop.bench.simd.SimdBench.dotHotloop","avgt",1,5,200.0,1.0,"us/op",1000000
                "dev.hotloop.bench.simd.SimdBench.dotPlain","avgt",1,5,600.0,1.0,"us/op",1000000
                "dev.hotloop.bench.simd.SimdBench.mandelbrotPlain","avgt",1,5,1000.0,1.0,"us/op",
                "dev.hotloop.bench.simd.SimdBench.mandelbrotHotloop","avgt",1,5,150.0,1.0,"us/op",
                "dev.hotloop.bench.simd.SimdBench.stencilPlain","avgt",1,5,5.0,1.0,"us/op",
                "dev.hotloop.bench.simd.SimdBench.monteCarloPiHand","avgt",1,5,2000.0,1.0,"us/op",
                "dev.hotloop.bench.simd.SimdBench.monteCarloPiHandLxm","avgt",1,5,4000.0,1.0,"us/op",
                "dev.hotloop.bench.simd.SimdBench.monteCarloPiHotloop","avgt",1,5,5000.0,1.0,"us/op",
                """);
        String table = Ratios.simdTable(Ratios.read(csv));
        assertTrue(table.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(
                List.of("dot", "1000000", "600.0", "200.0", "100.0", "0.33", "0.67", "2.00", "1.11", "NO"))), table);
        assertTrue(table.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(
                List.of("mandelbrot", "1000.0", "150.0", "-", "0.15", "0.20", "-", "1.11", "yes"))), table);
        assertTrue(table.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(
                List.of("stencil", "5.000", "-", "-", "-", "-", "-", "1.11", "-"))), table);
        // the hand kernel with Hotloop's generator: a row of its own under the kernel's, where the hand target is judged
        assertTrue(table.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(
                List.of("monteCarloPi", "-", "5000.0", "2000.0", "-", "0.17", "2.50", "-", "-"))), table);
        assertTrue(table.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(
                List.of("monteCarloPi/lxm", "-", "5000.0", "4000.0", "-", "-", "1.25", "1.11", "NO"))), table);
        String metLxm = Ratios.simdTable(Ratios.read(Files.writeString(dir.resolve("t.csv"), """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: size"
                "dev.hotloop.bench.simd.SimdBench.monteCarloPiPlain","avgt",1,5,90000.0,1.0,"us/op",
                "dev.hotloop.bench.simd.SimdBench.monteCarloPiHand","avgt",1,5,2000.0,1.0,"us/op",
                "dev.hotloop.bench.simd.SimdBench.monteCarloPiHandLxm","avgt",1,5,4000.0,1.0,"us/op",
                "dev.hotloop.bench.simd.SimdBench.monteCarloPiHotloop","avgt",1,5,3800.0,1.0,"us/op",
                """)));
        assertTrue(metLxm.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(
                List.of("monteCarloPi", "90000.0", "3800.0", "2000.0", "0.04", "0.17", "1.90", "-", "yes"))), metLxm);
        assertTrue(metLxm.lines().anyMatch(l -> List.of(l.trim().split("\\s+")).equals(
                List.of("monteCarloPi/lxm", "90000.0", "3800.0", "4000.0", "0.04", "-", "0.95", "1.11", "yes"))), metLxm);
    }

    @Test
    void percentileIsNearestRank() {
        List<Long> v = List.of(5L, 1L, 4L, 2L, 3L, 10L, 9L, 8L, 7L, 6L);
        assertEquals(5L, CompileTime.percentile(v, 50));
        assertEquals(9L, CompileTime.percentile(v, 90));
        assertEquals(10L, CompileTime.percentile(v, 100));
    }
}
