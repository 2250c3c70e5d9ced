package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Control flow: if/else chains, ternaries, dense switches (tableswitch) with fall-through,
 * sparse ones (lookupswitch), for/while/do loops nested, labelled break and continue, and
 * early returns from inside loops.
 */
final class ControlKernels {
    private ControlKernels() {}

    @Jit
    static int classify(double x) {
        if (x != x) return -1;
        else if (x < -1.0) return 0;
        else if (x < 0.0) return 1;
        else if (x == 0.0) return 1.0 / x > 0 ? 2 : 3;
        else if (x <= 1.0) return 4;
        return Double.isInfinite(x) ? 6 : 5;
    }

    @Jit
    static int denseSwitch(int k) {
        int r = 0;
        switch (k) {
            case 0:
                r += 1;
            case 1:
                r += 10;
                break;
            case 2:
            case 3:
                r += 100;
            case 4:
                r += 1000;
                break;
            case 5:
                return -5;
            case 6:
                r = k * k;
                break;
            case 7:
                r += 7;
            default:
                r -= 1;
        }
        return r;
    }

    @Jit
    static long sparseSwitch(int k) {
        long r;
        switch (k) {
            case Integer.MIN_VALUE -> r = 1;
            case -1000 -> r = 2;
            case -1 -> r = 3;
            case 1 -> r = 4;
            case 1000 -> r = 5;
            case 65536 -> r = 6;
            case Integer.MAX_VALUE -> r = 7;
            default -> r = k * 2L;
        }
        return r;
    }

    @Jit
    static long interpreter(int[] ops, int x) {
        long acc = x;
        loop:
        for (int pc = 0; pc < ops.length; pc++) {
            switch (ops[pc] & 7) {
                case 0: acc += ops[pc]; break;
                case 1: acc *= 3;
                case 2: acc ^= acc >>> 7; break;
                case 3: continue;
                case 4: if (acc < 0) break loop; acc -= 11; break;
                case 5: acc = ~acc; break;
                case 6: pc++; break;
                default: acc += pc;
            }
            acc += 1;
        }
        return acc;
    }

    @Jit
    static int findInGrid(int[][] grid, int target) {
        int found = -1, visited = 0;
        outer:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] < -900) continue outer;
                visited++;
                if (grid[i][j] % 97 == target % 97) {
                    found = i * 1000 + j;
                    break outer;
                }
            }
        }
        return found * 10_000 + visited;
    }

    @Jit
    static int collatz(int n) {
        int total = 0;
        for (int s = 1; s <= n; s++) {
            long x = s;
            int steps = 0;
            do {
                x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
                steps++;
            } while (x != 1 && steps < 500);
            total += steps;
        }
        int k = n;
        while (k > 0) {
            total ^= k;
            k >>= 1;
        }
        return total;
    }

    @Jit
    static int firstAbove(double[] a, double t) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > t) return i;
            if (a[i] != a[i]) return -2 - i;
        }
        return -1;
    }

    @Jit
    static int median3(int a, int b, int c) {
        return a > b ? (b > c ? b : a > c ? c : a) : (a > c ? a : b > c ? c : b);
    }

    @Jit
    static long longCounter(long n) {
        long s = 0;
        for (long i = 0; i < n; i++) s += i * i ^ (s >>> 3);
        for (long i = n; i > 0; i -= 3) s -= i;
        return s;
    }

    @Jit
    static int triangular(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                if ((i + j) % 3 == 0) continue;
                if (j > 40) break;
                s += i * j;
            }
        }
        return s;
    }

    @Jit
    static double strided(double[] a) {
        double s = 0;
        for (int i = 0; i < a.length; i += 3) s += a[i];
        for (int i = a.length - 1; i >= 0; i--) s = s * 0.5 + a[i];
        for (int i = 0; 2 * i + 1 < a.length; i++) s -= a[2 * i + 1];
        return s;
    }
}
