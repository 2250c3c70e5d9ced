package dev.hotloop.compiler.ir;

import java.util.List;

/**
 * Prints a function in the textual IR that {@code IrParser} reads back.
 * <pre>
 * func @sum(f64[] v0) -> f64 {
 * b0:
 *   v1 = alen v0
 *   jump b1
 * b1:
 *   v2 = phi i32 [b0: 0, b2: v7]
 *   v3 = phi f64 [b0: 0.0, b2: v6]
 *   v4 = cmp lt v2, v1
 *   branch v4, b2, b3
 * ...
 * }
 * </pre>
 * Only phis, conversions and allocations spell their type; the others follow from operands.
 */
public final class IrPrinter {
    private final boolean lines;
    private final StringBuilder out = new StringBuilder();

    private IrPrinter(boolean lines) {
        this.lines = lines;
    }

    public static String print(Function f) {
        return print(f, false);
    }

    /** With {@code lines}, each instruction carrying a source line gets a {@code ; line N} comment. */
    public static String print(Function f, boolean lines) {
        IrPrinter p = new IrPrinter(lines);
        p.function(f);
        return p.out.toString();
    }

    public static String print(Program p, boolean lines) {
        StringBuilder b = new StringBuilder(print(p.kernel(), lines));
        for (Function h : p.helpers().values()) b.append('\n').append(print(h, lines));
        return b.toString();
    }

    private void function(Function f) {
        out.append("func @").append(f.name()).append('(');
        for (Param p : f.params()) {
            if (p.index() > 0) out.append(", ");
            out.append(f.signature().params().get(p.index())).append(' ').append(p.ref());
        }
        out.append(") -> ").append(f.signature().result()).append(" {\n");
        for (Block b : f.blocks()) {
            out.append(b.label()).append(":\n");
            for (Instr i : b.instrs()) {
                out.append("  ");
                instr(f, i);
                if (lines && i.line() > 0) out.append("  ; line ").append(i.line());
                out.append('\n');
            }
        }
        out.append("}\n");
    }

    private void instr(Function f, Instr i) {
        if (!i.type().isVoid()) out.append(i.ref()).append(" = ");
        out.append(i.op().text);
        switch (i.op()) {
            case PHI -> {
                out.append(' ').append(i.type());
                if (f.parallelPhis().contains(i)) out.append(" @parallel");
                out.append(" [");
                List<Block> preds = i.block().preds();
                for (int k = 0; k < i.args().size(); k++) {
                    if (k > 0) out.append(", ");
                    out.append(k < preds.size() ? preds.get(k).label() : "?").append(": ").append(i.arg(k).ref());
                }
                out.append(']');
            }
            case CONV -> {
                out.append(' ').append(i.aux() != null ? i.aux() : i.type());
                args(i, 0);
            }
            case CMP -> {
                out.append(' ').append(i.cond().text());
                args(i, 0);
            }
            case CMP3 -> {
                if (i.aux() instanceof Integer nan) out.append(nan < 0 ? "l" : "g");
                args(i, 0);
            }
            case NEWARRAY -> {
                out.append(' ').append(i.type());
                args(i, 0);
            }
            case GETSTATIC, CALL -> {
                out.append(' ').append(i.aux());
                args(i, 0);
            }
            case RANDOM -> {
                out.append(' ').append(((RandomKind) i.aux()).text());
                args(i, 0);
            }
            case JUMP -> out.append(' ').append(i.targets().getFirst().label());
            case BRANCH -> out.append(' ').append(i.arg(0).ref()).append(", ")
                    .append(i.targets().get(0).label()).append(", ").append(i.targets().get(1).label());
            case SWITCH -> {
                int[] keys = (int[]) i.aux();
                out.append(' ').append(i.arg(0).ref()).append(", ").append(i.targets().getFirst().label()).append(" [");
                for (int k = 0; k < keys.length; k++) {
                    if (k > 0) out.append(", ");
                    out.append(keys[k]).append(": ").append(i.targets().get(k + 1).label());
                }
                out.append(']');
            }
            default -> args(i, 0);
        }
    }

    private void args(Instr i, int from) {
        for (int k = from; k < i.args().size(); k++) {
            out.append(k == from ? " " : ", ").append(i.arg(k).ref());
        }
    }
}
