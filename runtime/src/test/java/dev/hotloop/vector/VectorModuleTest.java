package dev.hotloop.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import dev.hotloop.runtime.VectorSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The two Surefire runs do what they claim (the main one has the Vector API module, the other
 * not), and a JVM without the module runs the kernels scalar, says so on stderr exactly once
 * however many variants it compiles, and explains why on every loop.
 */
class VectorModuleTest {

    @Test
    void theModuleIsPresentExactlyInTheMainRun() {
        assertEquals(!Widths.NO_MODULE_RUN, VectorSupport.modulePresent(), "hotloop.test.noVectorModule=" + Widths.NO_MODULE_RUN);
        Hotloop.jit(ElementwiseKernels.class, "triad"); // starts the runtime, which prints the notice if it is due
        assertEquals(Widths.NO_MODULE_RUN, VectorSupport.noticed());
        int forced = Widths.at(512, VectorSupport::bits);
        assertEquals(Widths.NO_MODULE_RUN ? 0 : 512, forced);
    }

    /** Run in a JVM without {@code --add-modules jdk.incubator.vector}. */
    public static final class NoModuleMain {
        public static void main(String[] args) {
            JitFunction sum = Hotloop.jit(ReductionKernels.class, "intSum");
            JitFunction triad = Hotloop.jit(ElementwiseKernels.class, "triad");
            int[] ints = new int[1001];
            for (int i = 0; i < ints.length; i++) ints[i] = i * 7 - 3000;
            for (String bits : List.of("128", "512", "0", "")) {
                if (bits.isEmpty()) System.clearProperty(VectorSupport.BITS);
                else System.setProperty(VectorSupport.BITS, bits);
                double[] plain = {1, 2, 3, 4, 5}, compiled = plain.clone();
                ElementwiseKernels.triad(plain, plain.clone(), plain.clone(), 0.5);
                triad.invoke(compiled, compiled.clone(), compiled.clone(), 0.5);
                System.out.println("bits " + bits + " width " + VectorSupport.bits()
                        + " sum " + (sum.invoke(ints).equals(ReductionKernels.intSum(ints)))
                        + " triad " + Arrays.equals(plain, compiled));
            }
            System.out.print(sum.explain());
        }
    }

    @Test
    void withoutTheModuleOneNoticeAndScalarCode() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), NoModuleMain.class.getName()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals(List.of(VectorSupport.NOTICE), err.lines().toList(), "stderr:\n" + err);
        for (String bits : List.of("128", "512", "0", "")) {
            assertTrue(out.contains("bits " + bits + " width 0 sum true triad true\n"), out);
        }
        assertTrue(out.contains("ReductionKernels.intSum\nint(int[]):\n"), out);
        assertTrue(out.contains("    " + VectorSupport.ABSENT_REASON + "\n"), out);
    }
}
