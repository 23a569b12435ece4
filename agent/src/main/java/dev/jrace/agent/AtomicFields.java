package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The fields of a JDK class (and the classes of its nest) that it updates atomically, through a
 * VarHandle or an Unsafe offset it makes for them (field updaters need volatile fields). java.util.concurrent also
 * reads and writes such fields with plain accesses after fences (a skip list's links, a
 * transfer queue's nodes); jrace does not follow fences, so those plain accesses count as
 * synchronization too.
 */
final class AtomicFields {
  private static final Map<String, Set<String>> BY_NEST = new ConcurrentHashMap<>();

  private AtomicFields() {}

  /**
   * {@code owner.name} of each such field, for the nest of the JDK class {@code node}, and the
   * descriptor of each array type whose elements it updates atomically ({@code [Ljava/...;}).
   */
  static Set<String> of(ClassNode node) {
    String host = node.nestHostClass != null ? node.nestHostClass : node.name;
    Set<String> known = BY_NEST.get(host);
    if (known != null) {
      return known;
    }
    Set<String> fields = new HashSet<>();
    ClassNode hostNode = host.equals(node.name) ? node : read(host);
    if (hostNode != null) {
      collect(hostNode, fields);
      List<String> members = hostNode.nestMembers == null ? List.of() : hostNode.nestMembers;
      for (String member : members) {
        ClassNode m = member.equals(node.name) ? node : read(member);
        if (m != null) {
          collect(m, fields);
        }
      }
    }
    Set<String> made = Set.copyOf(fields);
    BY_NEST.put(host, made);
    return made;
  }

  private static void collect(ClassNode c, Set<String> fields) {
    for (MethodNode m : c.methods) {
      for (AbstractInsnNode i : m.instructions) {
        if (i instanceof MethodInsnNode call && namesArray(call)
            && constantBefore(i) instanceof Type t && t.getSort() == Type.ARRAY) {
          fields.add(t.getDescriptor()); // elements of arrays of this type are updated atomically
        }
        if (i instanceof MethodInsnNode call && namesField(call)) {
          String name = null;
          for (AbstractInsnNode p = i.getPrevious(); p != null; p = p.getPrevious()) {
            if (p instanceof LdcInsnNode ldc) {
              if (name == null && ldc.cst instanceof String s) {
                name = s;
              } else if (name != null && ldc.cst instanceof Type t && t.getSort() == Type.OBJECT) {
                fields.add(t.getInternalName() + "." + name);
                break;
              }
            }
            if (p instanceof MethodInsnNode) {
              break; // only the call's own constant arguments
            }
          }
        }
      }
    }
  }

  /** The constant pushed just before {@code insn}, directly or through a local it was stored in. */
  private static Object constantBefore(AbstractInsnNode insn) {
    AbstractInsnNode p = insn.getPrevious();
    if (p instanceof VarInsnNode load && load.getOpcode() == ALOAD) {
      for (AbstractInsnNode q = p.getPrevious(); q != null; q = q.getPrevious()) {
        if (q instanceof VarInsnNode store && store.getOpcode() == ASTORE && store.var == load.var) {
          p = store.getPrevious();
          break;
        }
      }
    }
    return p instanceof LdcInsnNode ldc ? ldc.cst : null;
  }

  /** A VarHandle for, or the Unsafe layout of, the elements of an array type given as a constant. */
  private static boolean namesArray(MethodInsnNode call) {
    return call.owner.equals("java/lang/invoke/MethodHandles") && call.name.equals("arrayElementVarHandle")
        || call.owner.equals("jdk/internal/misc/Unsafe")
            && (call.name.equals("arrayBaseOffset") || call.name.equals("arrayIndexScale"));
  }

  private static boolean namesField(MethodInsnNode call) {
    return call.getOpcode() == INVOKEVIRTUAL && call.owner.equals("java/lang/invoke/MethodHandles$Lookup")
            && (call.name.equals("findVarHandle") || call.name.equals("findStaticVarHandle"))
        || call.getOpcode() == INVOKEVIRTUAL && call.owner.equals("jdk/internal/misc/Unsafe")
            && call.name.equals("objectFieldOffset") && call.desc.startsWith("(Ljava/lang/Class;Ljava/lang/String;)");
  }

  private static ClassNode read(String internalName) {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(internalName + ".class")) {
      if (in == null) {
        return null;
      }
      ClassNode n = new ClassNode();
      new ClassReader(in).accept(n, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
      return n;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
