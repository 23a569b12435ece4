package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The rules for synchronization through memory locations, shared by application classes and
 * the JDK's java.util.concurrent: volatile field accesses, and Unsafe and VarHandle atomics.
 * Each becomes a call to {@code SyncThunks} before (release) and/or after (acquire) it.
 */
final class SyncRules {
  static final String SYNC_THUNKS = "dev/jrace/thunks/SyncThunks";
  private static final int READ = dev.jrace.thunks.SyncThunks.READ;
  private static final int WRITE = dev.jrace.thunks.SyncThunks.WRITE;
  private static final int UPDATE = dev.jrace.thunks.SyncThunks.UPDATE;

  private final MethodNode m;
  private final String className;
  private final int temp;
  private final boolean program;

  /**
   * {@code temp}: the first local free for scratch use in straight-line code; {@code program}:
   * the method is the program's (not the JDK's), so what it synchronizes on is the program's.
   */
  SyncRules(MethodNode m, String className, int temp, boolean program) {
    this.m = m;
    this.className = className;
    this.temp = temp;
    this.program = program;
  }

  /** The access mode an Unsafe or VarHandle method name stands for; 0 for plain and opaque. */
  static int mode(String name) {
    if (name.endsWith("Plain") || name.endsWith("Opaque")) {
      return 0;
    }
    if (name.startsWith("compareAnd") || name.startsWith("weakCompareAnd") || name.startsWith("getAnd")) {
      return UPDATE;
    }
    if (name.startsWith("get") && (name.endsWith("Volatile") || name.endsWith("Acquire"))) {
      return READ;
    }
    if ((name.startsWith("put") || name.startsWith("set"))
        && (name.endsWith("Volatile") || name.endsWith("Release")) || name.startsWith("putOrdered")) {
      return WRITE;
    }
    return 0;
  }

  /**
   * The mode of an Unsafe or VarHandle method called by JDK code, where plain and opaque
   * accesses count too: java.util.concurrent uses them, with fences, on locations it also
   * updates atomically (a work queue's task slots, a skip list's links), and jrace does not
   * follow fences.
   */
  static int jdkMode(String name) {
    if (name.startsWith("compareAnd") || name.startsWith("weakCompareAnd") || name.startsWith("getAnd")) {
      return UPDATE;
    }
    int mode = mode(name);
    if (mode != 0) {
      return mode;
    }
    if (name.startsWith("get")) {
      return READ;
    }
    return name.startsWith("put") || name.startsWith("set") ? WRITE : 0;
  }

  /** A volatile field access: acquire after a read, release before a write. */
  void volatileField(FieldInsnNode i, ClassHierarchy.Field f) {
    boolean isStatic = i.getOpcode() == GETSTATIC || i.getOpcode() == PUTSTATIC;
    boolean isWrite = i.getOpcode() == PUTFIELD || i.getOpcode() == PUTSTATIC;
    boolean wide = Type.getType(i.desc).getSize() == 2;
    int id = dev.jrace.thunks.SyncThunks.volatileField(f.declaringClass().replace('/', '.'), f.name(), isStatic);
    InsnList call = new InsnList();
    call.add(new LdcInsnNode(id));
    call.add(new InsnNode(program ? ICONST_1 : ICONST_0));
    call.add(new MethodInsnNode(INVOKESTATIC, SYNC_THUNKS, isWrite ? "volatileWrite" : "volatileRead",
        "(Ljava/lang/Object;IZ)V", false));
    if (isWrite) {
      InsnList before = new InsnList();
      if (isStatic) {
        before.add(new LdcInsnNode(Type.getObjectType(i.owner)));
      } else if (wide) {
        before.add(new InsnNode(DUP2_X1));
        before.add(new InsnNode(POP2));
        before.add(new InsnNode(DUP_X2));
      } else {
        before.add(new InsnNode(DUP2));
        before.add(new InsnNode(POP));
      }
      before.add(call);
      m.instructions.insertBefore(i, before);
      return;
    }
    InsnList after = new InsnList();
    if (isStatic) {
      after.add(new LdcInsnNode(Type.getObjectType(i.owner)));
    } else {
      m.instructions.insertBefore(i, new InsnNode(DUP));
      if (wide) {
        after.add(new InsnNode(DUP2_X1));
        after.add(new InsnNode(POP2));
      } else {
        after.add(new InsnNode(SWAP));
      }
    }
    after.add(call);
    m.instructions.insert(i, after);
  }

  /** An Unsafe call on (Object, long offset, ...): its arguments are parked to be seen around it. */
  boolean unsafeCall(MethodInsnNode i) {
    int mode = program ? mode(i.name) : jdkMode(i.name);
    if (mode == 0 || !i.desc.startsWith("(Ljava/lang/Object;J")) {
      return false;
    }
    ParkedArguments args = new ParkedArguments(i.desc, temp);
    InsnList before = args.store(false);
    before.add(location(args, mode, "unsafeBefore"));
    before.add(args.reload(false));
    m.instructions.insertBefore(i, before);
    m.instructions.insert(i, location(args, mode, "unsafeAfter"));
    return true;
  }

  /** A VarHandle call: the handle and its coordinates are parked to be seen around it. */
  boolean varHandleCall(MethodInsnNode i) {
    int mode = program ? mode(i.name) : jdkMode(i.name);
    if (mode == 0) {
      return false;
    }
    ParkedArguments args = new ParkedArguments(i.desc, temp);
    InsnList before = args.store(true);
    before.add(coordinates(args, mode, "varHandleBefore"));
    before.add(args.reload(true));
    m.instructions.insertBefore(i, before);
    m.instructions.insert(i, coordinates(args, mode, "varHandleAfter"));
    return true;
  }

  private InsnList location(ParkedArguments args, int mode, String thunk) {
    InsnList l = new InsnList();
    l.add(args.load(0));
    l.add(args.load(1));
    l.add(new LdcInsnNode(mode));
    l.add(new InsnNode(program ? ICONST_1 : ICONST_0));
    l.add(new MethodInsnNode(INVOKESTATIC, SYNC_THUNKS, thunk, "(Ljava/lang/Object;JIZ)V", false));
    return l;
  }

  private InsnList coordinates(ParkedArguments args, int mode, String thunk) {
    InsnList l = new InsnList();
    l.add(args.loadReceiver());
    int sort = args.count() > 0 ? args.type(0).getSort() : Type.VOID;
    l.add(sort == Type.OBJECT || sort == Type.ARRAY ? args.load(0) : new InsnNode(ACONST_NULL));
    l.add(args.count() > 1 && args.type(1) == Type.INT_TYPE ? args.load(1) : new InsnNode(ICONST_0));
    l.add(new LdcInsnNode(Type.getObjectType(className)));
    l.add(new LdcInsnNode(mode));
    l.add(new InsnNode(program ? ICONST_1 : ICONST_0));
    l.add(new MethodInsnNode(INVOKESTATIC, SYNC_THUNKS, thunk,
        "(Ljava/lang/Object;Ljava/lang/Object;ILjava/lang/Class;IZ)V", false));
    return l;
  }
}
