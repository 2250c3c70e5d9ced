package dev.hotloop.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.IrParser;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden "filetests", as in Cranelift: each {@code src/test/resources/filetests/*.ir} holds IR
 * followed by {@code ; check:} lines. The test parses the IR, checks it is in printer form,
 * verifies it, and compares the facts below with the check lines:
 * <pre>
 * ; check: loop b1 depth 1 blocks [b1, b2] exits [b3] iv v2 = {0, +1} trip v1 (lt)
 * ; check: error b2: v6 = add v3, v5: operands f64 and i32 differ
 * </pre>
 * Loop facts come from {@link LoopSummary}; verifier problems appear as {@code error} lines
 * (and then loop facts are not computed). Helpers' lines start with {@code @name}.
 * Run with {@code -Dhotloop.bless=true} to rewrite the check lines from what the code now says.
 */
class FileTests {
    static final Path DIR = Path.of("src/test/resources/filetests");
    static final String CHECK = "; check: ";

    @TestFactory
    Stream<DynamicTest> filetests() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".ir")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no filetests in " + DIR.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private static void run(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> expected = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith(CHECK)) expected.add(l.substring(CHECK.length()));
            else rest.add(l);
        }
        String text = String.join("\n", rest) + "\n";
        Program p = IrParser.parseProgram(text);
        assertEquals(code(text), code(IrPrinter.print(p, true)), file + " is not in printer form");
        List<String> actual = facts(p);
        if (Boolean.getBoolean("hotloop.bless")) {
            while (!rest.isEmpty() && rest.getLast().isBlank()) rest.removeLast();
            List<String> out = new ArrayList<>(rest);
            for (String a : actual) out.add(CHECK + a);
            Files.write(file, out);
            return;
        }
        if (!expected.equals(actual)) fail(file + ": check lines differ (bless with -Dhotloop.bless=true)\n" + diff(expected, actual));
    }

    static List<String> facts(Program p) {
        List<String> out = new ArrayList<>();
        facts(p.kernel(), "", out);
        for (Function h : p.helpers().values()) facts(h, "@" + h.name() + " ", out);
        return out;
    }

    private static void facts(Function f, String prefix, List<String> out) {
        List<String> problems = Verifier.problems(f);
        if (!problems.isEmpty()) {
            for (String s : problems) out.add(prefix + "error " + s);
            return;
        }
        for (String s : LoopSummary.describe(f)) out.add(prefix + s);
    }

    /** The text without comment-only and blank lines. */
    private static List<String> code(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith(";")).toList();
    }

    /** A line diff: {@code -} expected only, {@code +} actual only, by longest common subsequence. */
    static String diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder s = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                s.append("  ").append(a.get(i++)).append('\n');
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                s.append("+ ").append(b.get(j++)).append('\n');
            } else {
                s.append("- ").append(a.get(i++)).append('\n');
            }
        }
        return s.toString();
    }
}
