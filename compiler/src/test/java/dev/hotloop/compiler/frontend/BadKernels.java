package dev.hotloop.compiler.frontend;

/** Kernels that use constructs outside the kernel language; each test names the line. */
@SuppressWarnings("all")
final class BadKernels {
    static int counter;
    int field;

    static int allocates(int n) {
        StringBuilder sb = new StringBuilder(); // line 10
        return n;
    }

    static int virtualCall(String s) {
        return s.length();
    }

    static int callsLength(int[] a) {
        String s = "x";
        return a.length;
    }

    static int writesStatic(int n) {
        counter = n; // line 24
        return n;
    }

    static int throwsIt(int n) {
        if (n < 0) throw new IllegalStateException(); // line 29
        return n;
    }

    static int catches(int[] a) {
        try {
            return a[0];
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static synchronized int locked(int n) {
        return n;
    }

    int instance(int n) {
        return n + field;
    }

    static int concat(int n) {
        String s = "n=" + n; // line 50
        return s.isEmpty() ? 0 : 1;
    }

    static int jdk(int n) {
        return (int) System.nanoTime() + n; // line 55
    }

    static int objectArray(int n) {
        Object[] o = new Object[n]; // line 59
        return o.length;
    }

    static int callsBad(int n) {
        return allocates(n); // helper error points into the helper
    }

    static int cloneIt(int[] a) {
        int[] b = a.clone(); // line 68
        return b.length;
    }

    static double gaussian() {
        return java.util.concurrent.ThreadLocalRandom.current().nextGaussian(); // line 73
    }

    static int randomAsObject() {
        return java.util.concurrent.ThreadLocalRandom.current() == null ? 0 : 1; // line 77
    }

    static Class<?> classConstant() {
        return int.class;
    }

    static int assertion(int n) {
        assert n > 0; // line 85
        return n;
    }

    static int lockedBlock(int[] a, int n) {
        int s = n;
        synchronized (a) { // line 91
            s += a.length;
        }
        return s;
    }

    static int throwsAfterWork(int n) {
        int s = n * 2;
        if (s > 100) {
            s -= 1;
            throw new IllegalArgumentException( // line 101
                    "too big");
        }
        return s;
    }

    static int catchesThenLocks(int[] a) {
        int s = 0;
        try {
            s = a[0]; // line 110
        } catch (RuntimeException e) {
            s = -1;
        }
        synchronized (a) {
            s++;
        }
        return s;
    }
}
