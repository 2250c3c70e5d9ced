package dev.hotloop.bench.paired;

import java.util.SplittableRandom;

/**
 * The arrays one fork's pair works on, filled as {@code dev.hotloop.bench.ArrayData} fills
 * them ({@code size} doubles in [-1, 1), seed 42), allocated one after the other with
 * {@code padBytes} of padding between them.
 * <pre>
 *   KernelData d = KernelData.allocate(1000, 0);     // a, b, c back to back, as ArrayData
 *   KernelData e = KernelData.allocate(1000, 1024);  // b starts 1 KiB further from a
 * </pre>
 * Why the padding: on this VM the speed of a 1,000-element kernel depends on where its
 * arrays lie relative to each other (4 KiB aliasing between loads and stores), by up to 2x
 * for plain Java. Padding lets a run sweep those offsets on purpose instead of by chance.
 * The caller settles the arrays into the old generation ({@code System.gc()}) before
 * measuring, so that no young collection moves them between the two sides of a pair.
 * Arrays of 1M doubles are humongous objects in G1 and start at a region boundary whatever
 * the padding.
 */
final class KernelData {
    final int size;
    final double[] a;
    final double[] b;
    final double[] c;
    final double s = 1.5;
    // kept reachable so that a full collection, which slides live objects in address
    // order, keeps the arrays at the same distances
    final byte[][] pads;

    private KernelData(int size, double[] a, double[] b, double[] c, byte[][] pads) {
        this.size = size;
        this.a = a;
        this.b = b;
        this.c = c;
        this.pads = pads;
    }

    static KernelData allocate(int size, int padBytes) {
        double[] a = new double[size];
        byte[] p1 = pad(padBytes);
        double[] b = new double[size];
        byte[] p2 = pad(padBytes);
        double[] c = new double[size];
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < size; i++) {
            a[i] = rnd.nextDouble(-1, 1);
            b[i] = rnd.nextDouble(-1, 1);
            c[i] = rnd.nextDouble(-1, 1);
        }
        return new KernelData(size, a, b, c, new byte[][] {p1, p2});
    }

    private static byte[] pad(int bytes) {
        // a byte[] has a 16-byte header: subtract it so that the gap is exactly padBytes
        return bytes <= 0 ? null : new byte[Math.max(0, bytes - 16)];
    }

    /** Where each array's first element lies within a 4 KiB page, {@code "a@16 b@48 c@80"}, or why unknown. */
    String placement() {
        return "a@" + Addresses.pageOffset(a) + " b@" + Addresses.pageOffset(b) + " c@" + Addresses.pageOffset(c);
    }
}
