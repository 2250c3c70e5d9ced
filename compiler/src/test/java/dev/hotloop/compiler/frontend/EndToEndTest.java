package dev.hotloop.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Front end plus scalar back end: each kernel of {@link TestKernels} is compiled to a hidden
 * class and must behave as the plain method on random inputs (random draws only run).
 */
class EndToEndTest {
    @Test
    void compiledKernelsAgreeWithJava() throws Throwable {
        Random rnd = new Random(7);
        MethodHandles.Lookup owner = MethodHandles.privateLookupIn(TestKernels.class, MethodHandles.lookup());
        for (Method m : TestKernels.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) continue;
            m.setAccessible(true);
            MethodRef ref = FrontEndTest.ref(TestKernels.class, m.getName());
            List<Type> argTypes = Arrays.stream(m.getParameterTypes()).map(Type::of).toList();
            String className = "dev/hotloop/compiler/frontend/TestKernels$" + m.getName();
            CompiledKernel ck = KernelCompiler.compile(new KernelRequest(ref, argTypes, Options.SERIAL, FrontEndTest.LOADER,
                    className, null, false));
            Class<?> hidden = owner.defineHiddenClass(ck.classBytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
            MethodHandle h = MethodHandles.lookup().in(hidden).findStatic(hidden, CompiledKernel.RAW,
                    MethodType.methodType(m.getReturnType(), m.getParameterTypes()));
            for (int run = 0; run < 40; run++) {
                Object[] args = new Object[m.getParameterCount()];
                for (int k = 0; k < args.length; k++) args[k] = ExecutionTest.arg(m.getParameterTypes()[k], rnd);
                Object[] copy = ExecutionTest.deepCopy(args);
                if (m.getName().equals("randoms")) {
                    h.invokeWithArguments(copy);
                    continue;
                }
                String expected = ExecutionTest.outcome(() -> m.invoke(null, args), args);
                String actual = ExecutionTest.outcome(() -> {
                    try {
                        return h.invokeWithArguments(copy);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Throwable t) {
                        throw new java.lang.reflect.InvocationTargetException(t);
                    }
                }, copy);
                assertEquals(expected, actual, m.getName() + Arrays.deepToString(ExecutionTest.deepCopy(args)));
            }
        }
    }
}
