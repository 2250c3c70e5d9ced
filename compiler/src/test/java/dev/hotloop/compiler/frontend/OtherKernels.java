package dev.hotloop.compiler.frontend;

/** A helper in another class than the kernel that calls it. */
final class OtherKernels {
    private OtherKernels() {}

    static double twice(double x) {
        return 2 * x;
    }
}
