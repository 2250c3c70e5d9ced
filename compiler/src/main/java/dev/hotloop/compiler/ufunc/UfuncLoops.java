package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The loops of a {@code @Vectorize} ufunc, built as IR programs that call the scalar function once
 * per element; the pipeline then inlines it, and vectorises or outlines the loop as it would a
 * {@code @Jit} kernel's. Elements are cast to the scalar function's parameter types and its result
 * to the output's element type as Java casts.
 * <pre>
 * map(relDiff, [f64[], f64], f64[], false):
 *   void loop(double[] x, double y, double[] out) {
 *       for (int i = 0; i < out.length; i++) out[i] = relDiff(x[i], y);
 *   }
 * reduce(add, f64[]):     double loop(double[] a) { double acc = a[0]; for (int i = 1; ...) acc = add(acc, a[i]); return acc; }
 * accumulate(add, f64[], f64[]): void loop(double[] a, double[] out) { ... out[i] = acc = add(acc, a[i]); }
 * </pre>
 * Arrays of two dimensions loop over rows, then over each row; under {@code parallel} the outer
 * loop is marked {@code @Parallel}. The runtime checks shapes before calling: every array has the
 * output's shape, and {@code reduce}/{@code accumulate} get at least one element.
 */
public final class UfuncLoops {
    private UfuncLoops() {}

    /** {@code void loop(operands..., out)}: each operand is an array of {@code out}'s shape or a broadcast scalar. */
    public static Program map(Callee f, List<Type> operands, Type out, boolean parallel) {
        Signature sig = f.signature();
        if (operands.size() != sig.params().size()) throw new IllegalArgumentException(operands + " for " + sig);
        List<Type> params = new ArrayList<>(operands);
        params.add(out);
        Function fn = new Function("loop", new Signature(Type.VOID, params));
        LoopIr ir = new LoopIr(fn);
        Block entry = fn.newBlock();
        List<Value> ins = new ArrayList<>(fn.params().subList(0, operands.size()));
        Param outP = fn.params().getLast();
        Block end;
        if (out.dims() == 1) {
            end = elements(ir, f, entry, ins, operands, outP, parallel);
        } else {
            LoopIr.Counted rows = ir.loop(entry, Const.i32(0), ir.len(entry, outP), parallel);
            Block b = rows.body();
            List<Value> rowIns = new ArrayList<>();
            for (Value v : ins) rowIns.add(v.type().isArray() ? ir.load(b, v, rows.index()) : v);
            List<Type> rowTypes = operands.stream().map(t -> t.isArray() ? t.elem() : t).toList();
            Block latch = elements(ir, f, b, rowIns, rowTypes, ir.load(b, outP, rows.index()), false);
            ir.close(rows, latch);
            end = rows.exit();
        }
        fn.ret(end, null);
        return f.into(fn);
    }

    /**
     * {@code for (i < out.length) out[i] = f(ins[i] or ins)}, starting in {@code from}; returns the block after.
     * {@code types} are the Java types of {@code ins} (a value's own type is computational: a boolean is i32).
     */
    private static Block elements(LoopIr ir, Callee f, Block from, List<Value> ins, List<Type> types, Value out, boolean parallel) {
        Signature sig = f.signature();
        LoopIr.Counted l = ir.loop(from, Const.i32(0), ir.len(from, out), parallel);
        Block b = l.body();
        List<Value> args = new ArrayList<>();
        for (int k = 0; k < ins.size(); k++) {
            Value v = ins.get(k);
            Type t = types.get(k).isArray() ? types.get(k).elem() : types.get(k);
            Value x = v.type().isArray() ? ir.load(b, v, l.index()) : v;
            args.add(ir.cast(b, x, t, sig.params().get(k)));
        }
        Value r = call(ir, b, f, args);
        ir.store(b, out, l.index(), ir.cast(b, r, sig.result(), out.type().elem()));
        ir.close(l, b);
        return l.exit();
    }

    /** {@code R loop(E[] a)} folding {@code a} (at least one element) with the binary function; R is its result type. */
    public static Program reduce(Callee f, Type array) {
        Signature sig = binary(f);
        Function fn = new Function("loop", new Signature(sig.result(), List.of(array)));
        LoopIr ir = new LoopIr(fn);
        Fold fold = fold(ir, f, fn.newBlock(), fn.params().getFirst(), null);
        fn.ret(fold.exit, fold.acc);
        return f.into(fn);
    }

    /** {@code void loop(E[] a, O[] out)}: {@code out[i]} is the fold of {@code a[0..i]} (at least one element). */
    public static Program accumulate(Callee f, Type array, Type out) {
        binary(f);
        Function fn = new Function("loop", new Signature(Type.VOID, List.of(array, out)));
        LoopIr ir = new LoopIr(fn);
        Fold fold = fold(ir, f, fn.newBlock(), fn.params().getFirst(), fn.params().get(1));
        fn.ret(fold.exit, null);
        return f.into(fn);
    }

    private record Fold(Block exit, Value acc) {}

    private static Fold fold(LoopIr ir, Callee f, Block entry, Value a, Value out) {
        Signature sig = f.signature();
        Type e = a.type().elem();
        Value first = ir.cast(entry, ir.load(entry, a, Const.i32(0)), e, sig.result());
        if (out != null) ir.store(entry, out, Const.i32(0), ir.cast(entry, first, sig.result(), out.type().elem()));
        LoopIr.Counted l = ir.loop(entry, Const.i32(1), ir.len(entry, a), false);
        Instr acc = l.header().add(ir.f.newInstr(Op.PHI, sig.result().computational()));
        acc.addArg(first);
        Block b = l.body();
        Value x = ir.cast(b, ir.load(b, a, l.index()), e, sig.params().get(1));
        Value r = call(ir, b, f, List.of(ir.cast(b, acc, sig.result(), sig.params().get(0)), x));
        if (out != null) ir.store(b, out, l.index(), ir.cast(b, r, sig.result(), out.type().elem()));
        acc.addArg(r);
        ir.close(l, b);
        return new Fold(l.exit(), acc);
    }

    /** {@code R loop(args...)}: one call, for ufunc calls whose arguments are all scalars. */
    public static Program scalar(Callee f, List<Type> args) {
        Signature sig = f.signature();
        Function fn = new Function("loop", new Signature(sig.result(), args));
        LoopIr ir = new LoopIr(fn);
        Block b = fn.newBlock();
        List<Value> xs = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) xs.add(ir.cast(b, fn.params().get(k), args.get(k), sig.params().get(k)));
        fn.ret(b, call(ir, b, f, xs));
        return f.into(fn);
    }

    private static Value call(LoopIr ir, Block b, Callee f, List<Value> args) {
        return b.add(ir.f.newInstr(Op.CALL, f.signature().result().computational(), args).setAux(f.ref()));
    }

    private static Signature binary(Callee f) {
        Signature sig = f.signature();
        if (sig.params().size() != 2) throw new IllegalArgumentException("reduce and accumulate need a binary function, not " + sig);
        return sig;
    }
}
