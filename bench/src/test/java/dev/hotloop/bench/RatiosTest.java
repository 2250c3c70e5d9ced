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
    void percentileIsNearestRank() {
        List<Long> v = List.of(5L, 1L, 4L, 2L, 3L, 10L, 9L, 8L, 7L, 6L);
        assertEquals(5L, CompileTime.percentile(v, 50));
        assertEquals(9L, CompileTime.percentile(v, 90));
        assertEquals(10L, CompileTime.percentile(v, 100));
    }
}
