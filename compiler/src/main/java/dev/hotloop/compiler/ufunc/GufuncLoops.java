package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The row loop of a {@code @GuVectorize} gufunc: calls the user's method once per row of the
 * looped inputs, passing each row (or element, for a {@code ()} input) and the matching row of
 * every output; an output of layout {@code ()} is passed as a fresh length-1 array whose element
 * is stored into the output after the call (Numba's convention for scalar outputs).
 * <pre>
 * rowDot(double[] x, double[] y, double[] out) with "(n),(n)->()", x looped, y broadcast:
 *   void loop(double[][] x, double[] y, double[] out) {
 *       for (int r = 0; r < out.length; r++) { double[] t = new double[1]; rowDot(x[r], y, t); out[r] = t[0]; }
 *   }
 * </pre>
 * Every output is looped; the runtime wraps a call with no looped input as one row.
 */
public final class GufuncLoops {
    private GufuncLoops() {}

    /**
     * @param looped  per input: whether it has an extra outer dimension looped over
     * @param scalarOut per output: whether its layout is {@code ()} (its parameter a length-1 array)
     */
    public static Program rows(Callee g, List<Boolean> looped, List<Boolean> scalarOut, boolean parallel) {
        Signature sig = g.signature();
        int nIn = looped.size();
        if (nIn + scalarOut.size() != sig.params().size() || scalarOut.isEmpty()) {
            throw new IllegalArgumentException(looped.size() + " inputs and " + scalarOut.size() + " outputs for " + sig);
        }
        List<Type> params = new ArrayList<>();
        for (int k = 0; k < sig.params().size(); k++) {
            Type t = sig.params().get(k);
            boolean wrap = k < nIn ? looped.get(k) : !scalarOut.get(k - nIn);
            params.add(wrap ? Type.array(t) : t);
        }
        Function fn = new Function("loop", new Signature(Type.VOID, params));
        LoopIr ir = new LoopIr(fn);
        Block entry = fn.newBlock();
        Param first = fn.params().get(nIn);
        LoopIr.Counted rows = ir.loop(entry, Const.i32(0), ir.len(entry, first), parallel);
        Block b = rows.body();
        Value r = rows.index();
        List<Value> args = new ArrayList<>();
        List<Value> temps = new ArrayList<>();
        for (int k = 0; k < params.size(); k++) {
            Param p = fn.params().get(k);
            boolean wrapped = !p.type().equals(sig.params().get(k));
            if (k >= nIn && scalarOut.get(k - nIn)) {
                Value t = ir.add(b, Op.NEWARRAY, sig.params().get(k), Const.i32(1));
                temps.add(t);
                args.add(t);
            } else {
                args.add(wrapped ? ir.load(b, p, r) : p);
            }
        }
        b.add(fn.newInstr(Op.CALL, Type.VOID, args).setAux(g.ref()));
        int t = 0;
        for (int k = nIn; k < params.size(); k++) {
            if (!scalarOut.get(k - nIn)) continue;
            Value tmp = temps.get(t++);
            ir.store(b, fn.params().get(k), r, ir.load(b, tmp, Const.i32(0)));
        }
        ir.close(rows, b);
        fn.ret(rows.exit(), null);
        return g.into(fn);
    }
}
