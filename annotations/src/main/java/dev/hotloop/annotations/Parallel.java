package dev.hotloop.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Marks a counted loop whose iterations may run in any order (Numba's {@code prange}):
 * {@code for (@Parallel int i = 0; i < n; i++)}. Takes effect only under
 * {@code @Jit(parallel = true)}; otherwise the loop runs serially, unchanged.
 *
 * <p>TYPE_USE only: javac then records it in the class file's type annotations with the
 * variable's slot and live range, which is how the compiler finds the loop.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE_USE)
public @interface Parallel {
}
