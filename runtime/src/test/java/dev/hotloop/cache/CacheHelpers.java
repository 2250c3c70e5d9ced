package dev.hotloop.cache;

/** A helper in another class than the kernel's: its code is inlined into the variant. */
final class CacheHelpers {
    private CacheHelpers() {}

    static double square(double x) {
        return x * x;
    }
}
