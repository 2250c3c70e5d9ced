package dev.hotloop.compiler.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A function in SSA form: parameters, blocks (the first is the entry; after construction
 * they are kept in reverse postorder so that every definition prints before its uses,
 * phis aside), and where it came from for diagnostics.
 *
 * <p>Values and blocks are numbered by the function as they are created; numbers print as
 * {@code v12} and {@code b3} and are never reused.
 */
public final class Function {
    private final String name;
    private Signature signature;
    private final List<Param> params = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Set<Instr> parallelPhis = new LinkedHashSet<>();
    private final Map<Instr, String> varNames = new LinkedHashMap<>();
    private MethodRef origin;
    private String sourceFile = "?";
    private int nextValue;
    private int nextBlock;

    /** Creates a function with one parameter per signature entry (typed by its computational type). */
    public Function(String name, Signature signature) {
        this.name = name;
        this.signature = signature;
        for (int i = 0; i < signature.params().size(); i++) {
            Param p = new Param(signature.params().get(i).computational(), i);
            p.id = nextValue++;
            params.add(p);
        }
    }

    public String name() { return name; }

    public Signature signature() { return signature; }

    /**
     * Replaces the signature, e.g. with a variant's argument types; the parameter count must
     * not change (the caller retypes the {@link Param}s to match).
     */
    public void setSignature(Signature signature) {
        if (signature.params().size() != params.size()) {
            throw new IllegalArgumentException("signature " + signature + " has " + signature.params().size()
                    + " parameters, function " + name + " has " + params.size());
        }
        this.signature = signature;
    }

    public List<Param> params() { return params; }

    public List<Block> blocks() { return blocks; }

    public Block entry() { return blocks.getFirst(); }

    /** The method this function was read from (null for functions built by hand or parsed). */
    public MethodRef origin() { return origin; }

    public void setOrigin(MethodRef origin) { this.origin = origin; }

    /** The source file name from the class file, e.g. {@code Kernels.java} ("?" if absent). */
    public String sourceFile() { return sourceFile; }

    public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }

    /** Loop-header phis of variables annotated {@code @Parallel} in the source. */
    public Set<Instr> parallelPhis() { return parallelPhis; }

    /** Source variable names of phis, from the LocalVariableTable when the class has one. */
    public Map<Instr, String> varNames() { return varNames; }

    public Block newBlock() {
        Block b = new Block(nextBlock++);
        blocks.add(b);
        return b;
    }

    /** Creates an instruction numbered by this function; add it to a block with {@link Block#add}. */
    public Instr newInstr(Op op, Type type, Value... args) {
        return newInstr(op, type, Arrays.asList(args));
    }

    public Instr newInstr(Op op, Type type, List<? extends Value> args) {
        Instr i = new Instr(op, type, args);
        i.id = nextValue++;
        return i;
    }

    /** Number of value ids handed out so far (an upper bound for arrays indexed by id). */
    public int valueCount() { return nextValue; }

    public int blockCount() { return nextBlock; }

    /** Makes later values and blocks number at least from these counts (the parser keeps the text's numbers). */
    void reserveIds(int values, int blocks) {
        nextValue = Math.max(nextValue, values);
        nextBlock = Math.max(nextBlock, blocks);
    }

    // ---- terminators; each records the CFG edges ----

    public Instr jump(Block from, Block to) {
        Instr t = newInstr(Op.JUMP, Type.VOID);
        t.targets().add(to);
        from.add(t);
        from.addEdgeTo(to);
        return t;
    }

    public Instr branch(Block from, Value cond, Block ifTrue, Block ifFalse) {
        Instr t = newInstr(Op.BRANCH, Type.VOID, cond);
        t.targets().add(ifTrue);
        t.targets().add(ifFalse);
        from.add(t);
        from.addEdgeTo(ifTrue);
        from.addEdgeTo(ifFalse);
        return t;
    }

    /** {@code switch v}: {@code keys[i]} goes to {@code cases.get(i)}, anything else to {@code dflt}. */
    public Instr switchOn(Block from, Value v, Block dflt, int[] keys, List<Block> cases) {
        Instr t = newInstr(Op.SWITCH, Type.VOID, v);
        t.setAux(keys.clone());
        t.targets().add(dflt);
        t.targets().addAll(cases);
        from.add(t);
        for (Block b : t.targets()) from.addEdgeTo(b);
        return t;
    }

    public Instr ret(Block from, Value v) {
        Instr t = v == null ? newInstr(Op.RETURN, Type.VOID) : newInstr(Op.RETURN, Type.VOID, v);
        from.add(t);
        return t;
    }

    /** Every instruction, block by block. */
    public List<Instr> instrs() {
        List<Instr> out = new ArrayList<>();
        for (Block b : blocks) out.addAll(b.instrs());
        return out;
    }

    @Override
    public String toString() { return "@" + name + signature; }
}
