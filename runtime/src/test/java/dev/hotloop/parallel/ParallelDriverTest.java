package dev.hotloop.parallel;

import dev.hotloop.Hotloop;
import dev.hotloop.runtime.ParallelCombine;
import dev.hotloop.runtime.ParallelDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver alone: trip counts, chunk boundaries, exceptions. */
class ParallelDriverTest {
    private final int threadsBefore = Hotloop.threads();
    static final ConcurrentMap<Integer, long[]> SEEN = new ConcurrentHashMap<>();
    static volatile int failFrom = Integer.MAX_VALUE;

    @AfterEach
    void restore() {
        Hotloop.threads(threadsBefore);
        SEEN.clear();
        failFrom = Integer.MAX_VALUE;
    }

    static void chunk(long lo, long hi, int k) {
        SEEN.put(k, new long[] {lo, hi, Thread.currentThread().getName().startsWith("hotloop-worker") ? 1 : 0});
        if (k >= failFrom) throw new IllegalStateException("chunk " + k);
    }

    static final MethodHandle CHUNK;
    static final MethodHandle ENTRY;

    /** A compiled chunk's entry: its live-ins come packed in {@code args}. */
    static void entry(long lo, long hi, int k, Object[] args) {
        long[] sums = (long[]) args[0];
        long add = (Long) args[1];
        long s = 0;
        for (long i = lo; i < hi; i++) s += i + add;
        sums[k] = s;
        SEEN.put(k, new long[] {lo, hi, Thread.currentThread().getName().startsWith("hotloop-worker") ? 1 : 0});
    }

    static {
        try {
            CHUNK = MethodHandles.lookup().findStatic(ParallelDriverTest.class, "chunk",
                    MethodType.methodType(void.class, long.class, long.class, int.class));
            ENTRY = MethodHandles.lookup().findStatic(ParallelDriverTest.class, "entry",
                    MethodType.methodType(void.class, long.class, long.class, int.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Test
    void tripCountsOfCountedLoops() {
        assertEquals(10, ParallelDriver.trips(0, 10, 1, 0));
        assertEquals(11, ParallelDriver.trips(0, 10, 1, 1));
        assertEquals(4, ParallelDriver.trips(0, 10, 3, 0));     // 0 3 6 9
        assertEquals(0, ParallelDriver.trips(5, 5, 1, 0));
        assertEquals(0, ParallelDriver.trips(5, -5, 2, 1));
        assertEquals(11, ParallelDriver.trips(10, 0, -1, 1));   // 10 .. 0
        assertEquals(5, ParallelDriver.trips(10, 0, -2, 0));    // 10 8 6 4 2
        assertEquals(0, ParallelDriver.trips(0, 10, -1, 0));
    }

    @Test
    void chunksDependOnlyOnTheTripCountAndCoverItExactly() throws Throwable {
        for (long trips : new long[] {0, 1, 1024, 1025, 100_000, 10_000_000}) {
            long[][] first = null;
            for (int threads : new int[] {1, 2, 7}) {
                Hotloop.threads(threads);
                SEEN.clear();
                ParallelDriver.run(CHUNK, trips, ParallelDriver.MIN_CHUNK);
                int n = ParallelDriver.chunks(trips, ParallelDriver.MIN_CHUNK);
                assertEquals(n, SEEN.size());
                long[][] bounds = new long[n][];
                long next = 0;
                for (int k = 0; k < n; k++) {
                    long[] b = SEEN.get(k);
                    assertEquals(next, b[0], "chunk " + k);
                    assertTrue(b[1] > b[0]);
                    next = b[1];
                    bounds[k] = new long[] {b[0], b[1]};
                }
                assertEquals(trips, next);
                if (first == null) first = bounds;
                else for (int k = 0; k < n; k++) assertEquals(first[k][1], bounds[k][1]);
            }
        }
        assertEquals(1, ParallelDriver.chunks(ParallelDriver.MIN_CHUNK, ParallelDriver.MIN_CHUNK));
        assertEquals(ParallelDriver.MAX_CHUNKS, ParallelDriver.chunks(Long.MAX_VALUE / 2, ParallelDriver.MIN_CHUNK));
    }

    @Test
    void theGrainSetsTheFewestIterationsPerChunk() {
        assertEquals(0, ParallelDriver.chunks(0, 1));
        assertEquals(100, ParallelDriver.chunks(100, 1), "heavy bodies: a chunk per iteration below 128 iterations");
        assertEquals(25, ParallelDriver.chunks(200, 1), "then at least 8 a chunk: whole vectors for an outer-loop vectorised body");
        assertEquals(ParallelDriver.MAX_CHUNKS, ParallelDriver.chunks(2_000_000, 1));
        assertEquals(250, ParallelDriver.chunks(2_000, 1));
        assertEquals(2, ParallelDriver.chunks(2_000, ParallelDriver.MIN_CHUNK));
        // only a loop of exactly one chunk is called directly: an empty loop has none
        assertFalse(ParallelDriver.single(0, 1));
        assertTrue(ParallelDriver.single(1, 1));
        assertFalse(ParallelDriver.single(2, 1));
        assertTrue(ParallelDriver.single(1000, ParallelDriver.MIN_CHUNK));
    }

    @Test
    void launchHandsTheArgumentsToEveryChunkAndTheCallerTakesPart() throws Throwable {
        long trips = 1_000_000;
        int n = ParallelDriver.chunks(trips, ParallelDriver.MIN_CHUNK);
        long expected = trips * (trips - 1) / 2 + 3 * trips;
        for (int threads : new int[] {1, 2, 7}) {
            Hotloop.threads(threads);
            long[] sums = new long[n];
            ParallelDriver.launch(ENTRY, trips, ParallelDriver.MIN_CHUNK, new Object[] {sums, 3L}, null);
            long total = 0;
            for (long v : sums) total += v;
            assertEquals(expected, total, "threads " + threads);
            assertEquals(n, SEEN.size());
            // one thread: all on the caller; more: the caller claims chunks beside the workers
            if (threads == 1) assertTrue(SEEN.values().stream().allMatch(b -> b[2] == 0));
            SEEN.clear();
        }
    }

    @Test
    void smallLoopsRunInlineOnTheCaller() throws Throwable {
        ParallelDriver.run(CHUNK, 1000, ParallelDriver.MIN_CHUNK);
        assertEquals(0, SEEN.get(0)[2]);
    }

    @Test
    void theLowestFailingChunkWinsAndTheOthersAreSuppressed() {
        Hotloop.threads(3);
        failFrom = 5;
        int n = ParallelDriver.chunks(20_000, ParallelDriver.MIN_CHUNK);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelDriver.run(CHUNK, 20_000, ParallelDriver.MIN_CHUNK));
        assertEquals("chunk 5", e.getMessage());
        assertEquals(n - 6, e.getSuppressed().length);
    }

    @Test
    void partialsCombineLeftToRightFromTheInitialValue() {
        assertEquals(((1.0 + 1e-16) + 1e-16), ParallelCombine.add(1.0, new double[] {1e-16, 1e-16}), 0.0);
        assertEquals(7, ParallelCombine.add(7, new int[0]));
        assertEquals(-3L, ParallelCombine.min(5L, new long[] {2, -3, 9}));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ParallelCombine.add(-0.0, new double[] {-0.0})));
    }
}
