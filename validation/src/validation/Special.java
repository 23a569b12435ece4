package validation;

import static org.objectweb.asm.Opcodes.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/**
 * Class files javac does not make, written with ASM.
 *
 * <ul>
 *   <li>{@code special.Huge} (class version 52): {@code run()}, a static method of 65,001 bytes
 *       of code (the limit is 65,535) that adds to a static field 6,500 times, and
 *       {@code runFields()}, an instance method of 36,001 bytes that adds to an instance field
 *       3,000 times. Instrumenting either makes it larger than the limit: jrace must leave them
 *       as they are, and the class must run as before.
 *   <li>{@code special.Jsr} (class version 48, Java 1.4): {@code run(int)} calls a subroutine
 *       twice with {@code jsr}, which returns with {@code ret} (what javac 1.4 made of
 *       {@code finally}); {@code bump()} is an ordinary method on the same field.
 * </ul>
 *
 * <p>{@code Special generate DIR} writes them; {@code Special compare ORIGINAL_DIR
 * INSTRUMENTED_DIR} prints, for each method, whether its code was rewritten.
 */
public final class Special {
  static final int HUGE_BLOCKS = 6500;
  static final int FIELD_BLOCKS = 3000;

  public static void main(String[] args) throws Exception {
    if (args[0].equals("generate")) {
      Path dir = Path.of(args[1], "special");
      Files.createDirectories(dir);
      Files.write(dir.resolve("Huge.class"), huge());
      Files.write(dir.resolve("Jsr.class"), jsr());
    } else {
      for (String c : new String[] {"special/Huge.class", "special/Jsr.class"}) {
        Map<String, String> before = code(Files.readAllBytes(Path.of(args[1], c)));
        Map<String, String> after = code(Files.readAllBytes(Path.of(args[2], c)));
        for (Map.Entry<String, String> m : before.entrySet()) {
          String a = after.get(m.getKey());
          int bytes = codeLength(Files.readAllBytes(Path.of(args[1], c)), m.getKey());
          System.out.println(c.replace(".class", "").replace('/', '.') + "." + m.getKey() + " (" + bytes
              + " bytes of code): " + (m.getValue().equals(a) ? "left as is" : "rewritten"));
        }
      }
    }
  }

  private static byte[] huge() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
    cw.visit(V1_8, ACC_PUBLIC | ACC_SUPER, "special/Huge", null, "java/lang/Object", null);
    cw.visitField(ACC_STATIC, "total", "I", null, null).visitEnd();
    cw.visitField(0, "field", "I", null, null).visitEnd();
    constructor(cw);
    MethodVisitor m = cw.visitMethod(ACC_STATIC, "run", "()V", null, null);
    m.visitCode();
    for (int i = 0; i < HUGE_BLOCKS; i++) { // 10 bytes each
      m.visitFieldInsn(GETSTATIC, "special/Huge", "total", "I");
      m.visitIntInsn(SIPUSH, i % 1000 + 200);
      m.visitInsn(IADD);
      m.visitFieldInsn(PUTSTATIC, "special/Huge", "total", "I");
    }
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    m = cw.visitMethod(0, "runFields", "()V", null, null);
    m.visitCode();
    for (int i = 0; i < FIELD_BLOCKS; i++) { // 12 bytes each
      m.visitVarInsn(ALOAD, 0);
      m.visitInsn(DUP);
      m.visitFieldInsn(GETFIELD, "special/Huge", "field", "I");
      m.visitIntInsn(SIPUSH, i % 1000 + 200);
      m.visitInsn(IADD);
      m.visitFieldInsn(PUTFIELD, "special/Huge", "field", "I");
    }
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    // main: run() three times, print total; runFields() once on a new Huge, print field.
    m = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
    m.visitCode();
    for (int i = 0; i < 3; i++) {
      m.visitMethodInsn(INVOKESTATIC, "special/Huge", "run", "()V", false);
    }
    m.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    m.visitFieldInsn(GETSTATIC, "special/Huge", "total", "I");
    m.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(I)V", false);
    m.visitTypeInsn(NEW, "special/Huge");
    m.visitInsn(DUP);
    m.visitMethodInsn(INVOKESPECIAL, "special/Huge", "<init>", "()V", false);
    m.visitVarInsn(ASTORE, 1);
    m.visitVarInsn(ALOAD, 1);
    m.visitMethodInsn(INVOKEVIRTUAL, "special/Huge", "runFields", "()V", false);
    m.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    m.visitVarInsn(ALOAD, 1);
    m.visitFieldInsn(GETFIELD, "special/Huge", "field", "I");
    m.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(I)V", false);
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  private static byte[] jsr() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(V1_4, ACC_PUBLIC | ACC_SUPER, "special/Jsr", null, "java/lang/Object", null);
    cw.visitField(ACC_STATIC, "count", "I", null, null).visitEnd();
    constructor(cw);
    // static int run(int n) { jsr SUB; jsr SUB; return count; SUB: astore_1; count += n; ret 1 }
    MethodVisitor m = cw.visitMethod(ACC_STATIC, "run", "(I)I", null, null);
    m.visitCode();
    Label sub = new Label();
    m.visitJumpInsn(JSR, sub);
    m.visitJumpInsn(JSR, sub);
    m.visitFieldInsn(GETSTATIC, "special/Jsr", "count", "I");
    m.visitInsn(IRETURN);
    m.visitLabel(sub);
    m.visitVarInsn(ASTORE, 1);
    m.visitFieldInsn(GETSTATIC, "special/Jsr", "count", "I");
    m.visitVarInsn(ILOAD, 0);
    m.visitInsn(IADD);
    m.visitFieldInsn(PUTSTATIC, "special/Jsr", "count", "I");
    m.visitVarInsn(RET, 1);
    m.visitMaxs(0, 0);
    m.visitEnd();
    // static void bump() { count++; }
    m = cw.visitMethod(ACC_STATIC, "bump", "()V", null, null);
    m.visitCode();
    m.visitFieldInsn(GETSTATIC, "special/Jsr", "count", "I");
    m.visitInsn(ICONST_1);
    m.visitInsn(IADD);
    m.visitFieldInsn(PUTSTATIC, "special/Jsr", "count", "I");
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    // main: println(run(5)); bump(); println(run(7));
    m = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
    m.visitCode();
    m.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    m.visitInsn(ICONST_5);
    m.visitMethodInsn(INVOKESTATIC, "special/Jsr", "run", "(I)I", false);
    m.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(I)V", false);
    m.visitMethodInsn(INVOKESTATIC, "special/Jsr", "bump", "()V", false);
    m.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    m.visitIntInsn(BIPUSH, 7);
    m.visitMethodInsn(INVOKESTATIC, "special/Jsr", "run", "(I)I", false);
    m.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(I)V", false);
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  private static void constructor(ClassWriter cw) {
    MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
    m.visitCode();
    m.visitVarInsn(ALOAD, 0);
    m.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    m.visitInsn(RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
  }

  /** Each method's instructions as text, by name + descriptor. */
  private static Map<String, String> code(byte[] classFile) {
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, 0);
    Map<String, String> out = new TreeMap<>();
    for (MethodNode m : node.methods) {
      Textifier t = new Textifier();
      m.accept(new TraceMethodVisitor(t));
      StringWriter s = new StringWriter();
      t.print(new PrintWriter(s));
      out.put(m.name + m.desc, s.toString());
    }
    return out;
  }

  /** The code_length of a method's Code attribute, read from the class file. */
  private static int codeLength(byte[] classFile, String method) {
    ClassReader r = new ClassReader(classFile);
    char[] buf = new char[r.getMaxStringLength()];
    int u = r.header + 6;
    u += 2 + 2 * r.readUnsignedShort(u); // interfaces
    int fields = r.readUnsignedShort(u);
    u += 2;
    for (int f = 0; f < fields; f++) {
      int attributes = r.readUnsignedShort(u + 6);
      u += 8;
      for (int a = 0; a < attributes; a++) {
        u += 6 + r.readInt(u + 2);
      }
    }
    int methods = r.readUnsignedShort(u);
    u += 2;
    for (int m = 0; m < methods; m++) {
      String name = r.readUTF8(u + 2, buf) + r.readUTF8(u + 4, buf);
      int attributes = r.readUnsignedShort(u + 6);
      u += 8;
      for (int a = 0; a < attributes; a++) {
        if (name.equals(method) && r.readUTF8(u, buf).equals("Code")) {
          return r.readInt(u + 10);
        }
        u += 6 + r.readInt(u + 2);
      }
    }
    return -1;
  }
}
