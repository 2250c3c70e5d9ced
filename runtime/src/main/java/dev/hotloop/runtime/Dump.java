package dev.hotloop.runtime;

import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.ir.Signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes what {@code hotloop.dump=DIR} asks for: per variant the IR after each pass and the
 * class file, named after kernel and signature.
 * <pre>DIR/Kernels.sum-double(float[]).ir     DIR/Kernels.sum-double(float[]).class</pre>
 * The IR file is written when the compiler kept IR. The class file can be read with {@code javap -c -p}. A failure to write is a warning, never
 * a reason for the kernel not to run.
 */
final class Dump {
    private Dump() {}

    static String baseName(String kernel, Signature sig) {
        return kernel + "-" + sig.toString().replace(" ", "");
    }

    static void write(Path dir, String kernel, Signature sig, CompiledKernel ck) {
        String base = baseName(kernel, sig);
        try {
            Files.createDirectories(dir);
            StringBuilder ir = new StringBuilder();
            for (Map.Entry<String, String> e : ck.irDumps().entrySet()) {
                ir.append("; after ").append(e.getKey()).append('\n').append(e.getValue());
                if (!e.getValue().endsWith("\n")) ir.append('\n');
                ir.append('\n');
            }
            if (!ir.isEmpty()) Files.writeString(dir.resolve(base + ".ir"), ir);
            Files.write(dir.resolve(base + ".class"), ck.classBytes());
        } catch (IOException | RuntimeException e) {
            System.err.println("Hotloop: could not write " + dir.resolve(base) + ".{ir,class}: " + e);
        }
    }
}
