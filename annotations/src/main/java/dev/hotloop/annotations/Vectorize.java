package dev.hotloop.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Turns a static scalar method into a ufunc applied element by element over arrays. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.METHOD)
public @interface Vectorize {
    /** Variants, each computed in its own precision: {@code "float(float, float)"}. */
    String[] signatures() default {};

    Target target() default Target.CPU;

    /** Identity of a binary ufunc, used by {@code reduce} on empty input ("" for none). */
    String identity() default "";

    boolean fastmath() default false;
}
