package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * 2-D arrays of element types other than double, as parameters and results, and 1-D results of
 * the small types: {@code float[][]}, {@code long[][]}, {@code boolean[][]}, {@code byte[]},
 * {@code char[]}.
 */
final class GridKernels {
    private GridKernels() {}

    @Jit
    static float[][] floatGrid(int n, float step) {
        float[][] g = new float[n][n + 1];
        for (int i = 0; i < n; i++) for (int j = 0; j <= n; j++) g[i][j] = i * step - j / step;
        return g;
    }

    @Jit
    static long[][] longPascal(int n) {
        long[][] p = new long[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new long[i + 1];
            p[i][0] = p[i][i] = 1;
            for (int j = 1; j < i; j++) p[i][j] = p[i - 1][j - 1] + p[i - 1][j];
        }
        return p;
    }

    @Jit
    static boolean[][] signs(double[][] m) {
        boolean[][] s = new boolean[m.length][];
        for (int i = 0; i < m.length; i++) {
            s[i] = new boolean[m[i].length];
            for (int j = 0; j < m[i].length; j++) s[i][j] = m[i][j] > 0 || 1 / m[i][j] > 0;
        }
        return s;
    }

    @Jit
    static byte[] packBytes(int[] a) {
        byte[] out = new byte[a.length * 2];
        for (int i = 0; i < a.length; i++) {
            out[2 * i] = (byte) a[i];
            out[2 * i + 1] = (byte) (a[i] >> 8);
        }
        return out;
    }

    @Jit
    static char[] caesar(char[] s, int k) {
        char[] out = new char[s.length];
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            out[i] = c >= 'a' && c <= 'z' ? (char) ('a' + Math.floorMod(c - 'a' + k, 26)) : c;
        }
        return out;
    }

    @Jit
    static int swapRows(int[][] m, int a, int b) {
        int[] t = m[a];
        m[a] = m[b];
        m[b] = t;
        return m[a].length - m[b].length;
    }
}
