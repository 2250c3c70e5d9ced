/**
 * Hotloop's public API: {@link dev.hotloop.Hotloop#jit(Class, String)} turns a static method with
 * loops over primitive arrays into a {@link dev.hotloop.JitFunction}, compiled per argument types
 * on first use and measured ({@link dev.hotloop.KernelStats}, {@link dev.hotloop.Hotloop#report()}).
 * <pre>
 * JitFunction f = Hotloop.jit(Kernels.class, "monteCarloPi");
 * double pi = (double) f.invoke(10_000_000L);
 * </pre>
 */
package dev.hotloop;
