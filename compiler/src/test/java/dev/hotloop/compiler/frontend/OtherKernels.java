package dev.hotloop.compiler.frontend;

/** A helper in another class than the kernel that calls it. */
class OtherKernels {
    private OtherKernels() {}

    static double twice(double x) {
        return 2 * x;
    }
}

/** Inherits {@code base} from {@link BaseKernels}: {@code SubKernels.base(n)} compiles to an invokestatic on SubKernels. */
class SubKernels extends BaseKernels {}

class BaseKernels {
    static int base(int n) {
        return n + 1;
    }
}
