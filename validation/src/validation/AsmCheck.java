package validation;

import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Checks every class of an instrumented jar with ASM's verifier (what
 * {@link CheckClassAdapter#verify} does: CheckClassAdapter's structural checks, then an
 * {@link Analyzer} with a {@link SimpleVerifier} per method, loading types from the original jar,
 * its dependencies and race.jar), and the same classes of the original jar the same way. A
 * problem is NEW when the instrumented method has one and the original method had none.
 *
 * <p>Usage: {@code AsmCheck ORIGINAL.jar INSTRUMENTED.jar REPORT.txt [CLASSPATH-JAR...]}. Prints
 * one summary line: {@code classes=N changed=N methods=N originalProblems=N newProblems=N newUnresolved=N}; the
 * report lists each new problem. A new problem that is only a type missing from the class path
 * (the analyzer could not load it: an optional dependency of the jar) is counted apart, as
 * {@code newUnresolved}, and listed with the prefix UNRESOLVED. Exit status 0 whatever it found
 * (the caller reads the line).
 */
public final class AsmCheck {
  public static void main(String[] args) throws Exception {
    Path original = Path.of(args[0]);
    Path instrumented = Path.of(args[1]);
    Path report = Path.of(args[2]);
    List<URL> urls = new ArrayList<>();
    urls.add(original.toUri().toURL());
    for (int i = 3; i < args.length; i++) {
      urls.add(Path.of(args[i]).toUri().toURL());
    }
    Map<String, byte[]> before = LoadAll.classes(original);
    Map<String, byte[]> after = LoadAll.classes(instrumented);
    int changed = 0;
    int methods = 0;
    int originalProblems = 0;
    List<String> fresh = new ArrayList<>();
    int unresolved = 0;
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      for (Map.Entry<String, byte[]> e : before.entrySet()) {
        byte[] out = after.get(e.getKey());
        if (out == null) {
          fresh.add(e.getKey() + ": missing from the instrumented jar");
          continue;
        }
        Map<String, String> was = problems(e.getValue(), loader);
        originalProblems += was.size();
        if (java.util.Arrays.equals(out, e.getValue())) {
          methods += methodCount(out);
          continue;
        }
        changed++;
        methods += methodCount(out);
        for (Map.Entry<String, String> p : problems(out, loader).entrySet()) {
          if (!was.containsKey(p.getKey())) {
            if (String.valueOf(p.getValue()).contains(" not present")) {
              unresolved++; // a type the class path lacks (an optional dependency): not jrace's doing
              fresh.add("UNRESOLVED " + e.getKey() + " " + p.getKey() + ": " + p.getValue());
            } else {
              fresh.add(e.getKey() + " " + p.getKey() + ": " + p.getValue());
            }
          }
        }
      }
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(report))) {
      for (String f : fresh) {
        w.println(f);
      }
    }
    System.out.println("classes=" + before.size() + " changed=" + changed + " methods=" + methods
        + " originalProblems=" + originalProblems + " newProblems=" + (fresh.size() - unresolved)
        + " newUnresolved=" + unresolved);
  }

  private static int methodCount(byte[] b) {
    ClassNode n = new ClassNode();
    new ClassReader(b).accept(n, ClassReader.SKIP_CODE);
    return n.methods.size();
  }

  /** Problems per method (name + descriptor), or under "<class>" for the class's structure. */
  static Map<String, String> problems(byte[] classFile, ClassLoader loader) {
    Map<String, String> out = new LinkedHashMap<>();
    ClassNode node = new ClassNode();
    try {
      ClassVisitor check = new CheckClassAdapter(Opcodes.ASM9, node, false) {};
      new ClassReader(classFile).accept(check, ClassReader.SKIP_DEBUG);
    } catch (RuntimeException e) {
      out.put("<class>", e.toString());
      return out;
    }
    Type superType = node.superName == null ? null : Type.getObjectType(node.superName);
    List<Type> interfaces = new ArrayList<>();
    for (String i : node.interfaces) {
      interfaces.add(Type.getObjectType(i));
    }
    for (MethodNode m : node.methods) {
      SimpleVerifier verifier = new SimpleVerifier(Opcodes.ASM9, Type.getObjectType(node.name), superType,
          interfaces, (node.access & Opcodes.ACC_INTERFACE) != 0) {};
      verifier.setClassLoader(loader);
      Analyzer<BasicValue> analyzer = new Analyzer<>(verifier);
      try {
        analyzer.analyze(node.name, m);
      } catch (Exception | LinkageError e) {
        out.put(m.name + m.desc, e.getMessage());
      }
    }
    return out;
  }
}
