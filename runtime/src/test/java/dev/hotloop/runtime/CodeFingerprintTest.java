package dev.hotloop.runtime;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassVisitor;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The fingerprint of code sources that a disk cache entry is tied to: jars, directories, none. */
class CodeFingerprintTest {
    @Test
    void aJarAndADirectoryBothFingerprintStably() {
        String jar = CodeFingerprint.compute(List.of(ClassVisitor.class));        // asm-*.jar
        String dir = CodeFingerprint.compute(List.of(CodeFingerprint.class));     // runtime/target/classes
        assertNotNull(jar);
        assertNotNull(dir);
        assertEquals(jar, CodeFingerprint.compute(List.of(ClassVisitor.class)));
        assertEquals(dir, CodeFingerprint.compute(List.of(CodeFingerprint.class)));
        assertNotEquals(jar, dir);
        assertEquals(64, CodeFingerprint.get().length());
    }

    @Test
    void codeWithoutAFileLocationHasNoFingerprint() {
        // JDK classes come from the runtime image: no code source, so nothing could be cached against it
        assertNull(CodeFingerprint.compute(List.of(String.class)));
    }
}
