package dev.hotloop.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method as a Hotloop kernel. On the first call with given argument types
 * (through {@code Hotloop.jit(...)} or the generated {@code XJit} facade) the method's
 * bytecode is compiled into a specialised hidden class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Jit {
    /** Split loops whose variable carries {@link Parallel} over the Hotloop pool. */
    boolean parallel() default false;

    /** Allow reassociation of floating-point reductions, FMA contraction and approximate transcendentals. */
    boolean fastmath() default false;

    /** Keep compiled variants on disk ({@code hotloop.cache.dir}). */
    boolean cache() default false;

    /** If the kernel cannot be compiled, run the original method instead (visible in stats). */
    boolean fallback() default false;

    /** Signatures compiled eagerly, written as Java types: {@code "double(float[], double)"}. */
    String[] signatures() default {};
}
