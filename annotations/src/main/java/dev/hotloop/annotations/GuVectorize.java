package dev.hotloop.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A generalised ufunc over array slices, with a core-dimension layout such as {@code "(n),(n)->()"}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.METHOD)
public @interface GuVectorize {
    /** Core dimensions of inputs and outputs; the default is a row dot product shape. */
    String layout() default "(n),(n)->()";

    String[] signatures() default {};

    Target target() default Target.CPU;
}
