package dev.hotloop.cache;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import dev.hotloop.KernelStats;

/**
 * The program {@link NewJvmCacheTest} runs in a child JVM: one call of each cached kernel
 * through the public API, then one line per kernel that the test reads.
 * <pre>CacheKernels.sum result=24.75 cached=false phases=[cache, read, ssa, passes, codegen, define]</pre>
 */
public final class CacheChild {
    private CacheChild() {}

    public static void main(String[] args) {
        for (String name : new String[] {"sum", "sumOfSquares"}) {
            JitFunction f = Hotloop.jit(CacheKernels.class, name);
            Object r = f.invoke((Object) CacheFixture.XS);
            KernelStats s = f.stats().get(0);
            System.out.println(f.name() + " result=" + r + " cached=" + s.cached() + " phases=" + s.phaseNanos().keySet());
        }
        System.out.print(Hotloop.jit(CacheKernels.class, "sum").explain());
    }
}
