package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
import dev.hotloop.compiler.LoopReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.hotloop.runtime.DispatcherTest.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {
    @Test
    void tableHasAlignedColumnsAndALegend() {
        String t = Report.of(List.of(
                new KernelStats("Kernels.monteCarloPi", "double(long)", 14_200_000, Map.of(), 310_000, 3, 92_000_000, ""),
                new KernelStats("Kernels.f", "int(int)", 1_000_000, Map.of(), 0, 0, 0, "disabled by hotloop.disable")), true);
        String[] lines = t.split("\n");
        assertEquals("kernel                signature     compile ms  first call ms  calls  run ms    mean us  fallback", lines[0]);
        assertEquals("Kernels.monteCarloPi  double(long)      14.200          0.310      3  92.000  30666.667", lines[1]);
        assertEquals("Kernels.f             int(int)           1.000          0.000      0   0.000          -  disabled by hotloop.disable", lines[2]);
        assertTrue(lines[3].startsWith("compile ms: "), lines[3]);
    }

    @Test
    void emptyReportSaysSo() {
        assertTrue(Report.of(List.of(), true).contains("(no kernel variants yet)"));
    }

    @Test
    void explainListsLoopsPerVariant() {
        FakeCompiler fake = FakeCompiler.withLoops(List.of(
                new LoopReport("TestKernels.java", 12, 15, 1, "serial", List.of("not parallel: no @Parallel loop variable")),
                new LoopReport("TestKernels.java", 13, 13, 2, "vectorised (DoubleVector.SPECIES_256)", List.of())));
        Engine e = new Engine(Config.DEFAULTS, fake);
        Dispatcher d = e.dispatcher(method("sum", double[].class));
        assertEquals("TestKernels.sum\n  no variants compiled yet\n", d.explain());
        d.invoke((Object) new double[0]);
        assertEquals("""
                TestKernels.sum
                double(double[]):
                  TestKernels.java:12-15: serial
                    not parallel: no @Parallel loop variable
                    TestKernels.java:13: vectorised (DoubleVector.SPECIES_256)
                """, d.explain());
        assertTrue(e.report().contains("TestKernels.sum  double(double[])"), e.report());
    }

    @Test
    void explainSaysWhenThereAreNoLoops() {
        Dispatcher d = new Engine(Config.DEFAULTS, FakeCompiler.working()).dispatcher(method("add", long.class, long.class));
        d.invoke(1L, 1L);
        assertEquals("TestKernels.add\nlong(long, long):\n  no loops\n", d.explain());
    }
}
