package dev.hotloop.runtime;

/**
 * The random numbers of compiled kernels: an LXM generator of the L64X128 "mix" shape (Steele
 * and Vigna, "LXM: better splittable pseudorandom number generators (and almost as fast)",
 * OOPSLA 2021), the same algorithm as the JDK's {@code L64X128MixRandom}, written here from the
 * paper. Each output adds a 64-bit LCG and a xoroshiro128 generator and mixes the sum with the
 * {@code lea64} finaliser; the LCG's odd additive constant picks one of 2^63 streams.
 *
 * <p>The compiler replaces {@code Math.random()} and {@code ThreadLocalRandom.current().nextX()}
 * in a kernel with calls on one stream per kernel call:
 * <pre>
 * KernelRandom r = KernelRandom.forCall();   // at the entry of the compiled kernel
 * double x = r.nextDouble();                 // was Math.random()
 * KernelRandom c = r.split(chunk);           // the stream of one parallel chunk
 * </pre>
 * Streams are pure functions of a 64-bit key: {@link #forCall()} derives the key from the root
 * seed and a call counter ({@link KernelRandomRoot}), {@link #split(long)} from this stream's key
 * and the chunk index, so after {@code Hotloop.seed(s)} every call and every chunk draws the same
 * numbers on any thread count. An instance is not thread-safe: one thread draws from it.
 */
public final class KernelRandom {
    /** The LCG multiplier the paper gives for 64-bit LCGs in LXM (also {@link VectorRandom}'s). */
    static final long M = 0xd1342543de82ef95L;
    /** The multiplier of {@link #lea64} (also {@link VectorRandom}'s). */
    static final long LEA = 0xdaba0b6eb09322e3L;
    /** The golden-ratio increment of SplitMix64, used to space derived keys apart. */
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    /** Keeps keys of chunks apart from keys of calls (see {@link KernelRandomRoot}). */
    private static final long SPLIT_SALT = 0x5ca1ab1e0ddba11L;
    /** Keeps keys of vector lanes apart from keys of chunks and calls. */
    private static final long LANE_SALT = 0x1a4e5eed0ff5e75L;

    private final long key;
    private final long a;   // LCG additive constant, odd
    private long s;         // LCG state
    private long x0, x1;    // xoroshiro128 state, never both zero
    /**
     * The lane generator this stream's vector loops draw from ({@link VectorRandom#carried}): made
     * by the first vector loop that draws, carried on by the next ones. Typed {@code Object} so
     * that this class never links {@code jdk.incubator.vector} (scalar-only runs load it too).
     */
    Object carried;

    private KernelRandom(long key, long a, long s, long x0, long x1) {
        this.key = key;
        this.a = a | 1L;
        this.s = s;
        this.x0 = x0;
        this.x1 = (x0 | x1) == 0 ? GOLDEN : x1;
    }

    /** The stream with this key; equal keys give equal streams. */
    public static KernelRandom of(long key) {
        // Four well-mixed words from the key, as SplitMix64 would draw them.
        return new KernelRandom(key, mix64(key + GOLDEN), mix64(key + 2 * GOLDEN),
                mix64(key + 3 * GOLDEN), mix64(key + 4 * GOLDEN));
    }

    /** A generator with this exact state (known-answer tests against the JDK's L64X128MixRandom). */
    static KernelRandom ofState(long a, long s, long x0, long x1) {
        return new KernelRandom(0, a, s, x0, x1);
    }

    /** A fresh stream for one kernel call: the next call of the current seed's sequence. */
    public static KernelRandom forCall() {
        return of(KernelRandomRoot.nextCallKey());
    }

    /** Restarts {@link #forCall()} from {@code seed}: the calls after it draw reproducible streams. */
    public static void seed(long seed) {
        KernelRandomRoot.seed(seed);
    }

    /** The current root seed: the last {@link #seed(long)}, else the random seed of this JVM. */
    public static long rootSeed() {
        return KernelRandomRoot.root();
    }

    /** The stream of chunk {@code chunkIndex} of this call: depends only on this stream's key and the index. */
    public KernelRandom split(long chunkIndex) {
        return of(derive(key ^ SPLIT_SALT, chunkIndex));
    }

    /**
     * {@code n} independent streams for the lanes of a {@link VectorRandom}: lane {@code k} is keyed
     * by {@code k} under one fresh draw of this stream, so the lanes depend only on this stream's
     * state, and two vector generators taken one after the other from it get different lanes.
     * Advances this stream by exactly one {@link #nextLong()}.
     */
    public KernelRandom[] lanes(int n) {
        long base = nextLong() ^ LANE_SALT;
        KernelRandom[] lanes = new KernelRandom[n];
        for (int k = 0; k < n; k++) lanes[k] = of(derive(base, k));
        return lanes;
    }

    /**
     * Writes the states of {@code lanes(n)}'s streams, without making them, as blocks
     * {@code a | s | x0 | x1} of {@code n} words each (for {@link VectorRandom}); advances this
     * stream exactly as {@link #lanes(int)} does.
     */
    void lanesInto(long[] out, int n) {
        long base = nextLong() ^ LANE_SALT;
        for (int k = 0; k < n; k++) {
            // the state of(derive(base, k)) starts from: the same four words as of(), then the constructor's fixes
            long key = derive(base, k);
            long x0 = mix64(key + 3 * GOLDEN), x1 = mix64(key + 4 * GOLDEN);
            out[k] = mix64(key + GOLDEN) | 1L;
            out[n + k] = mix64(key + 2 * GOLDEN);
            out[2 * n + k] = x0;
            out[3 * n + k] = (x0 | x1) == 0 ? GOLDEN : x1;
        }
    }

    /** 64 uniformly distributed bits. */
    public long nextLong() {
        long z = lea64(s + x0);
        s = M * s + a;
        // xoroshiro128 step, rotations (24, 16, 37)
        long q0 = x0;
        long q1 = x1 ^ q0;
        x0 = Long.rotateLeft(q0, 24) ^ q1 ^ (q1 << 16);
        x1 = Long.rotateLeft(q1, 37);
        return z;
    }

    /** 32 uniformly distributed bits (the high half of a long: the best-mixed bits). */
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /**
     * Uniform in {@code [0, bound)}, without bias: Lemire's multiply-and-reject ("Fast random
     * integer generation in an interval", 2019), which divides only when it may have to reject.
     * @throws IllegalArgumentException when {@code bound <= 0}, as {@code ThreadLocalRandom} does
     */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xffffffffL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;  // 2^32 mod bound
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xffffffffL;
            }
        }
        return (int) (m >>> 32);
    }

    /** Uniform in [0, 1), a multiple of 2^-53. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, 1), a multiple of 2^-24. */
    public float nextFloat() {
        return (int) (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** The key of item {@code index} under {@code parent}: SplitMix64-finalised, so nearby indices give unrelated keys. */
    static long derive(long parent, long index) {
        return mix64(mix64(parent) + GOLDEN * (index + 1));
    }

    /** SplitMix64's finaliser (Stafford's variant 13): a bijection that scatters every input bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The output mixer of the LXM paper (Doug Lea's 64-bit variant of a Murmur finaliser). */
    private static long lea64(long z) {
        z = (z ^ (z >>> 32)) * LEA;
        z = (z ^ (z >>> 32)) * LEA;
        return z ^ (z >>> 32);
    }
}
