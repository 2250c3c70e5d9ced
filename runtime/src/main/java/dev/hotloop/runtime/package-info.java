/**
 * The stateful side of Hotloop, behind the public API: {@link dev.hotloop.runtime.Engine} (one
 * per JVM) holds a {@link dev.hotloop.runtime.Dispatcher} per kernel, which maps argument types
 * ({@link dev.hotloop.runtime.ArgTypes}) to {@link dev.hotloop.runtime.Variant}s kept in the
 * {@link dev.hotloop.runtime.VariantCache}; a variant is built by calling the compiler and
 * defining its class as a hidden nestmate of the kernel's owner
 * ({@link dev.hotloop.runtime.ClassDefiner}), and is measured by a
 * {@link dev.hotloop.runtime.CallMeter}. Public for the API package only; not a user API.
 */
package dev.hotloop.runtime;
