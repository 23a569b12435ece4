package dev.jrace.agent;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/** A method's instructions as ASM's Textifier writes them, without debug-only lines. */
final class Listing {
  private Listing() {}

  static String of(byte[] classFile, String method) {
    ClassNode c = new ClassNode();
    new ClassReader(classFile).accept(c, 0);
    for (MethodNode m : c.methods) {
      if ((m.name + m.desc).startsWith(method)) {
        Textifier text = new Textifier();
        m.accept(new TraceMethodVisitor(text));
        StringWriter out = new StringWriter();
        text.print(new PrintWriter(out));
        StringBuilder b = new StringBuilder();
        for (String line : out.toString().split("\n")) {
          String t = line.trim();
          if (!t.isEmpty() && !t.startsWith("LOCALVARIABLE") && !t.startsWith("MAXSTACK")
              && !t.startsWith("MAXLOCALS") && !t.startsWith("LINENUMBER")) {
            b.append(t).append('\n');
          }
        }
        return b.toString();
      }
    }
    throw new AssertionError("no method " + method);
  }
}
