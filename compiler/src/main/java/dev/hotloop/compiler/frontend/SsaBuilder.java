package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SSA construction after Braun et al., "Simple and Efficient Construction of Static Single
 * Assignment Form" (CC 2013). Variables are numbered (JVM local slots, then operand-stack
 * positions); the translator writes and reads them per block, and seals a block once all
 * its predecessors are known. Phis are created on demand and removed again when trivial.
 * <pre>x = 0; while (c) x = x + 1;   ==>  header: v3 = phi i32 [b0: 0, b2: v5]</pre>
 */
final class SsaBuilder {
    /** Says what type a phi for variable {@code var} at the entry of {@code block} has. */
    interface PhiTyper {
        Type phiType(Block block, int var);
    }

    private final Function function;
    private final int vars;
    private final PhiTyper typer;
    private final Map<Block, Value[]> currentDef = new HashMap<>();
    private final Map<Block, Map<Integer, Instr>> incompletePhis = new HashMap<>();
    private final Map<Block, Map<Integer, Instr>> entryPhis = new HashMap<>();
    private final Set<Block> sealed = new HashSet<>();
    private final Set<Instr> filling = new HashSet<>();
    private final Map<Instr, Value> replaced = new HashMap<>();

    SsaBuilder(Function function, int vars, PhiTyper typer) {
        this.function = function;
        this.vars = vars;
        this.typer = typer;
    }

    void write(int var, Block block, Value value) {
        currentDef.computeIfAbsent(block, b -> new Value[vars])[var] = value;
    }

    /**
     * The value of {@code var} at the end of what has been filled of {@code block}. Always a live
     * value: a phi found trivial while this read was in progress has already been replaced.
     */
    Value read(int var, Block block) {
        Value[] defs = currentDef.get(block);
        if (defs != null && defs[var] != null) return resolve(defs[var]);
        return resolve(readRecursive(var, block));
    }

    boolean isSealed(Block block) { return sealed.contains(block); }

    /** All predecessors of {@code block} are now known: complete its pending phis. */
    void seal(Block block) {
        Map<Integer, Instr> pending = incompletePhis.remove(block);
        if (pending != null) {
            for (Map.Entry<Integer, Instr> e : pending.entrySet()) addPhiOperands(e.getKey(), e.getValue());
        }
        sealed.add(block);
    }

    /** The phi that variable {@code var} has at the entry of {@code block}, if one survived. */
    Instr entryPhi(Block block, int var) {
        Map<Integer, Instr> m = entryPhis.get(block);
        return m == null ? null : m.get(var);
    }

    /** Every surviving entry phi of a block by variable. */
    Map<Integer, Instr> entryPhis(Block block) {
        return entryPhis.getOrDefault(block, Map.of());
    }

    /** Follows trivial-phi replacements, for values held outside the IR (such as the operand stack). */
    Value resolve(Value v) {
        while (v instanceof Instr i && replaced.containsKey(i)) v = replaced.get(i);
        return v;
    }

    private Value readRecursive(int var, Block block) {
        Value val;
        if (!sealed.contains(block)) {
            Instr phi = newPhi(var, block);
            incompletePhis.computeIfAbsent(block, b -> new LinkedHashMap<>()).put(var, phi);
            val = phi;
        } else if (block.preds().size() == 1) {
            val = read(var, block.preds().getFirst());
        } else if (block.preds().isEmpty()) {
            throw new IllegalStateException("variable " + var + " read before any write in " + function);
        } else {
            Instr phi = newPhi(var, block);
            write(var, block, phi);
            val = addPhiOperands(var, phi);
        }
        write(var, block, val);
        return val;
    }

    private Instr newPhi(int var, Block block) {
        Instr phi = function.newInstr(Op.PHI, typer.phiType(block, var));
        block.add(phi);
        entryPhis.computeIfAbsent(block, b -> new HashMap<>()).put(var, phi);
        return phi;
    }

    private Value addPhiOperands(int var, Instr phi) {
        filling.add(phi);
        for (Block pred : phi.block().preds()) phi.addArg(read(var, pred));
        filling.remove(phi);
        return tryRemoveTrivialPhi(phi);
    }

    /**
     * Replaces a phi whose operands are all one value (or itself) by that value, then retries its
     * phi users. Retrying a user can remove {@code same} too (a loop-header phi whose only other
     * operand was this phi), so the result is resolved again: returning the bare {@code same}
     * would hand a removed phi to the caller, which stores it as a phi operand.
     */
    Value tryRemoveTrivialPhi(Instr phi) {
        Value same = null;
        for (Value op : phi.args()) {
            if (op == phi || sameValue(op, same)) continue;
            if (same != null) return phi;
            same = op;
        }
        if (same == null) throw new IllegalStateException(phi.ref() + " has no operand but itself");
        List<Instr> users = new ArrayList<>(new LinkedHashSet<>(phi.users()));
        users.remove(phi);
        Block block = phi.block();
        phi.replaceAllUsesWith(same);
        replaced.put(phi, same);
        Map<Integer, Instr> entries = entryPhis.get(block);
        if (entries != null) entries.values().remove(phi);
        phi.remove();
        for (Instr u : users) {
            if (u.isPhi() && u.block() != null && !filling.contains(u)) tryRemoveTrivialPhi(u);
        }
        return resolve(same);
    }

    static boolean sameValue(Value a, Value b) {
        return a == b || (a instanceof Const && a.equals(b));
    }
}
