package dev.hotloop.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.ir.MethodRef;
import org.junit.jupiter.api.Test;

/** Constructs outside the kernel language fail with the source position, the construct and a hint. */
class UnsupportedTest {
    static String error(String method) {
        MethodRef ref = FrontEndTest.ref(BadKernels.class, method);
        CompileError e = assertThrows(CompileError.class, () -> FrontEnd.read(FrontEndTest.LOADER, ref, new PhaseTimer()));
        return e.getMessage();
    }

    static void assertMessage(String method, String... parts) {
        String m = error(method);
        for (String p : parts) assertTrue(m.contains(p), "'" + p + "' not in: " + m);
        assertTrue(m.contains("; hint: "), m);
    }

    @Test
    void objectAllocation() {
        assertMessage("allocates", "BadKernels.java:10: ", "object allocation (new java/lang/StringBuilder) is not supported in kernels");
    }

    @Test
    void objectParameter() {
        assertMessage("virtualCall", "BadKernels.java:", "parameter 0 of type java.lang.String");
    }

    @Test
    void stringConstant() {
        assertMessage("callsLength", "BadKernels.java:19: ", "string constant \"x\"");
    }

    @Test
    void staticWrite() {
        assertMessage("writesStatic", "BadKernels.java:24: ", "write to static field dev/hotloop/compiler/frontend/BadKernels.counter");
    }

    @Test
    void throwOfANewObjectIsAThrowNotAnAllocation() {
        assertMessage("throwsIt", "BadKernels.java:29: ", "throw (new java/lang/IllegalStateException) is not supported");
        assertMessage("throwsAfterWork", "BadKernels.java:101: ", "throw (new java/lang/IllegalArgumentException)");
    }

    @Test
    void synchronizedBlockIsNotATryCatch() {
        assertMessage("lockedBlock", "BadKernels.java:91: ", "synchronized block is not supported");
        assertMessage("catchesThenLocks", "BadKernels.java:110: ", "try/catch is not supported");
    }

    @Test
    void tryCatch() {
        assertMessage("catches", "BadKernels.java:35: ", "try/catch is not supported in kernels");
    }

    @Test
    void synchronizedMethod() {
        assertMessage("locked", "BadKernels.java:", "synchronized method");
    }

    @Test
    void instanceMethod() {
        assertMessage("instance", "BadKernels.java:", "non-static method dev/hotloop/compiler/frontend/BadKernels.instance", "declare the kernel static");
    }

    @Test
    void stringConcatenation() {
        assertMessage("concat", "BadKernels.java:50: ", "string concatenation or lambda");
    }

    @Test
    void platformCall() {
        assertMessage("jdk", "BadKernels.java:55: ", "call to java/lang/System.nanoTime()J");
    }

    @Test
    void objectArray() {
        assertMessage("objectArray", "BadKernels.java:59: ", "array of objects (java.lang.Object[])");
    }

    @Test
    void errorInsideAHelper() {
        assertMessage("callsBad", "BadKernels.java:10: ", "new java/lang/StringBuilder");
    }

    @Test
    void virtualCallOnAnArray() {
        assertMessage("cloneIt", "BadKernels.java:68: ", "virtual call to [I.clone");
    }

    @Test
    void unknownRandomMethod() {
        assertMessage("gaussian", "BadKernels.java:73: ", "virtual call to java/util/concurrent/ThreadLocalRandom.nextGaussian");
    }

    @Test
    void unreadableClass() {
        MethodRef ref = new MethodRef("p/Missing", "f", "()I");
        CompileError e = assertThrows(CompileError.class, () -> FrontEnd.read(n -> null, ref, new PhaseTimer()));
        assertTrue(e.getMessage().contains("cannot read the class file of p/Missing"), e.getMessage());
    }

    @Test
    void randomSourceAsAnObject() {
        assertMessage("randomAsObject", "BadKernels.java:77: ", "use of ThreadLocalRandom.current()");
    }

    @Test
    void objectResult() {
        assertMessage("classConstant", "BadKernels.java:", "result type java.lang.Class");
    }

    @Test
    void assertStatementAllocatesAnError() {
        assertMessage("assertion", "BadKernels.java:85: ", "assert or throw (new java/lang/AssertionError)");
    }
}
