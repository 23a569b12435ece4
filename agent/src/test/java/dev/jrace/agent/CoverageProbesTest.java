package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import dev.jrace.shadow.SiteTable;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * JaCoCo's coverage probes (a {@code boolean[]} its agent adds to every method, written without
 * synchronization by design) are not watched, in both of the shapes JaCoCo makes: the array from
 * {@code $jacocoInit()}, and (class files of Java 11 on) from the {@code $jacocoData} dynamic
 * constant. Other boolean arrays still are.
 */
class CoverageProbesTest {
  @Test
  void probesFromJacocoInitAreNotWatched() {
    String listing = instrumented(false);
    assertFalse(listing.contains("writeElement"), listing);
  }

  @Test
  void probesFromTheJacocoDataConstantAreNotWatched() {
    String listing = instrumented(true);
    assertFalse(listing.contains("writeElement"), listing);
  }

  @Test
  void anotherBooleanArrayIsWatched() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    cw.visit(V17, ACC_PUBLIC, "racetest/shapes/Flags", null, "java/lang/Object", null);
    MethodVisitor m = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "set", "([Z)V", null, null);
    m.visitCode();
    m.visitVarInsn(ALOAD, 0);
    m.visitInsn(ICONST_0);
    m.visitInsn(ICONST_1);
    m.visitInsn(BASTORE);
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    cw.visitEnd();
    String listing = listing(instrument(cw.toByteArray()));
    assertTrue(listing.contains("writeElement"), listing);
  }

  /** {@code void hit() { boolean[] p = <probes>; p[0] = true; }}, as JaCoCo instruments it. */
  private static String instrumented(boolean condy) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    cw.visit(V17, ACC_PUBLIC, "racetest/shapes/Covered", null, "java/lang/Object", null);
    MethodVisitor init = cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, "$jacocoInit", "()[Z", null, null);
    init.visitCode();
    init.visitInsn(ICONST_2);
    init.visitIntInsn(NEWARRAY, T_BOOLEAN);
    init.visitInsn(ARETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "hit", "()V", null, null);
    m.visitCode();
    if (condy) {
      Handle bootstrap = new Handle(H_INVOKESTATIC, "racetest/shapes/Covered", "$jacocoInit",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)[Z", false);
      m.visitLdcInsn(new ConstantDynamic("$jacocoData", "Ljava/lang/Object;", bootstrap));
      m.visitTypeInsn(CHECKCAST, "[Z");
    } else {
      m.visitMethodInsn(INVOKESTATIC, "racetest/shapes/Covered", "$jacocoInit", "()[Z", false);
    }
    m.visitVarInsn(ASTORE, 1);
    m.visitVarInsn(ALOAD, 1);
    m.visitInsn(ICONST_0);
    m.visitInsn(ICONST_1);
    m.visitInsn(BASTORE);
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    cw.visitEnd();
    return listing(instrument(cw.toByteArray()));
  }

  private static byte[] instrument(byte[] original) {
    ClassFilter all = new ClassFilter(new String[] {"racetest.shapes.*"}, new String[0]);
    return new ClassInstrumenter(new ClassHierarchy(), all, new SiteTable(), true)
        .instrument(original, CoverageProbesTest.class.getClassLoader());
  }

  private static String listing(byte[] classFile) {
    java.io.StringWriter out = new java.io.StringWriter();
    new ClassReader(classFile).accept(new TraceClassVisitor(null, new Textifier(), new java.io.PrintWriter(out)), 0);
    return out.toString();
  }
}
