package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.objectweb.asm.Opcodes.*;

import dev.jrace.shadow.SiteTable;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/** Constructors of shapes javac never makes, but other compilers do, still verify once instrumented. */
class ConstructorShapesTest {
  /** {@code TwoSupers(boolean b) { if (b) super(); else super(); this.x = 1; }}, as Groovy makes. */
  @Test
  void superCalledOnTwoPathsIsLeftAlone() throws Exception {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    cw.visit(V17, ACC_PUBLIC, "racetest/shapes/TwoSupers", null, "java/lang/Object", null);
    cw.visitField(ACC_PUBLIC, "x", "I", null, null).visitEnd();
    MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "<init>", "(Z)V", null, null);
    m.visitCode();
    Label other = new Label();
    Label done = new Label();
    m.visitVarInsn(ILOAD, 1);
    m.visitJumpInsn(IFEQ, other);
    m.visitVarInsn(ALOAD, 0);
    m.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    m.visitJumpInsn(GOTO, done);
    m.visitLabel(other);
    m.visitVarInsn(ALOAD, 0);
    m.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    m.visitLabel(done);
    m.visitVarInsn(ALOAD, 0);
    m.visitInsn(ICONST_1);
    m.visitFieldInsn(PUTFIELD, "racetest/shapes/TwoSupers", "x", "I");
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    cw.visitEnd();
    byte[] original = cw.toByteArray();

    ClassFilter all = new ClassFilter(new String[] {"racetest.shapes.*"}, new String[0]);
    byte[] instrumented = new ClassInstrumenter(new ClassHierarchy(), all, new SiteTable(), true)
        .instrument(original, getClass().getClassLoader());
    Class<?> c = new ClassLoader(getClass().getClassLoader()) {
      Class<?> define() {
        return defineClass("racetest.shapes.TwoSupers", instrumented, 0, instrumented.length);
      }
    }.define();
    for (boolean b : new boolean[] {true, false}) {
      Object o = c.getConstructor(boolean.class).newInstance(b);
      assertEquals(1, c.getField("x").getInt(o));
    }
  }
}
