package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Rewrites one method so it calls the thunks: entry and exit (exceptional exits too), field
 * and array accesses, monitors, volatile accesses, and the thread and wait calls that make
 * happens-before edges. Straight-line code only is inserted before or after the instruction
 * it concerns, so the method's own stack map frames stay valid once they list the one local
 * added, the thread state, in the slot past the method's own locals. The exceptions bring
 * their own frames: the handler that pops the method's frame, and those that keep a release
 * before a monitorexit from throwing (MonitorExits).
 */
final class MethodInstrumenter {
  private static final String TS = "L" + Shadows.THREAD_STATE + ";";

  private final InstrumentedClass owner;
  private final MethodNode m;
  /** The added local holding the thread state. */
  private final int ts;
  /** The added local holding {@code this} in a synchronized instance method, where the monitor is released. */
  private final int self;
  /** First of the scratch locals, used only within straight-line code, so absent from frames. */
  private final int temp;
  private final boolean synchronizedMethod;
  /** JDK code: only synchronization is seen, and nothing is added to its frames. */
  private final boolean synchronizationOnly;
  private static final String NAIVE = "dev/jrace/thunks/NaiveThunks";
  private final SyncRules sync;
  /** Array access or JDK call to the field instruction its array or object came from, found before any rewriting. */
  private java.util.Map<AbstractInsnNode, AbstractInsnNode> holders;
  /** Calls on JDK objects this method made and keeps to itself, found before any rewriting. */
  private java.util.Set<AbstractInsnNode> unshared;
  /** The frames at the method's monitorexits, to protect the release calls before them. */
  private MonitorExits exits;
  private int line;

  MethodInstrumenter(InstrumentedClass owner, MethodNode m) {
    this.owner = owner;
    this.m = m;
    this.synchronizationOnly = owner.synchronizationOnly();
    this.synchronizedMethod = (m.access & ACC_SYNCHRONIZED) != 0 && owner.version() >= V1_5;
    this.ts = m.maxLocals;
    this.self = m.maxLocals + 1;
    this.temp = synchronizationOnly ? m.maxLocals
        : synchronizedMethod && (m.access & ACC_STATIC) == 0 ? self + 1 : self;
    this.sync = new SyncRules(m, owner.name(), temp, !synchronizationOnly);
  }

  /** True for methods this class rewrites: those with code, no jsr/ret, and not bridges. */
  static boolean applies(MethodNode m) {
    if ((m.access & (ACC_ABSTRACT | ACC_NATIVE | ACC_BRIDGE)) != 0 || m.instructions.size() == 0) {
      return false;
    }
    for (AbstractInsnNode i : m.instructions) {
      if (i.getOpcode() == JSR || i.getOpcode() == RET) {
        return false;
      }
    }
    return true;
  }

  void instrument() {
    exits = new MonitorExits(owner.name(), m);
    if (synchronizationOnly) {
      holders = owner.hasAtomicArrays() ? Holders.of(owner.name(), m) : java.util.Map.of();
      for (AbstractInsnNode i : m.instructions.toArray()) {
        rewriteSynchronization(i);
      }
      if (synchronizedMethod) {
        synchronizedJdkMethod();
      }
      ExecutorTermination.apply(owner.name(), m);
      PoolTasks.apply(owner.name(), m);
      ShutdownHooks.apply(owner.name(), m);
      return;
    }
    boolean constructor = m.name.equals("<init>");
    AbstractInsnNode superCall = constructor ? SuperCall.find(m) : null;
    if (constructor && superCall == null) {
      return;
    }
    // a method that calls nothing is never below another frame: it needs no entry and exit
    boolean leaf = !synchronizedMethod && !m.name.equals("<clinit>") && !callsOut();
    holders = Holders.of(owner.name(), m);
    unshared = FreshObjects.unshared(owner.name(), m);
    boolean live = !constructor;
    for (AbstractInsnNode i : m.instructions.toArray()) {
      if (i instanceof LineNumberNode n) {
        line = n.line;
      } else if (live) {
        rewrite(i);
      } else if (i == superCall) {
        live = true;
      }
    }
    if (!leaf) {
      addEntryAndExits(superCall);
    } else if (usesThreadState()) {
      m.instructions.insert(list(new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, "current", "()" + TS, false),
          new VarInsnNode(ASTORE, ts)));
    } else {
      return; // nothing to watch
    }
    addThreadStateToFrames();
  }

  private boolean usesThreadState() {
    for (AbstractInsnNode i : m.instructions) {
      if (i instanceof VarInsnNode v && v.getOpcode() == ALOAD && v.var == ts) {
        return true;
      }
    }
    return false;
  }

  private boolean callsOut() {
    for (AbstractInsnNode i : m.instructions) {
      if (i instanceof MethodInsnNode || i instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode) {
        return true;
      }
    }
    return false;
  }

  /** JDK code: only its synchronization is rewritten, with thunks that find the thread themselves. */
  private void rewriteSynchronization(AbstractInsnNode i) {
    switch (i.getOpcode()) {
      case GETFIELD, PUTFIELD, GETSTATIC, PUTSTATIC -> {
        FieldInsnNode f = (FieldInsnNode) i;
        ClassHierarchy.Field field = owner.resolveField(f.owner, f.name, f.desc);
        if (field != null && (field.is(ACC_VOLATILE) || owner.atomicallyUpdated(field.declaringClass(), f.name))) {
          sync.volatileField(f, field);
        }
      }
      case MONITORENTER -> {
        m.instructions.insertBefore(i, keepLock());
        m.instructions.insert(insideHandler(i), list(new VarInsnNode(ALOAD, temp), new VarInsnNode(ILOAD, temp + 1),
            new MethodInsnNode(INVOKESTATIC, SyncRules.SYNC_THUNKS, "monitorEnter", "(Ljava/lang/Object;I)V", false)));
      }
      case AASTORE -> {
        String array = Holders.arrayType(holders.get(i));
        if (array != null && owner.atomicArray(array)) {
          // a plain store into a slot that readers take atomically (a pool's task queue)
          m.instructions.insertBefore(i, list(new VarInsnNode(ASTORE, temp), new InsnNode(DUP2),
              new MethodInsnNode(INVOKESTATIC, SyncRules.SYNC_THUNKS, "elementWrite", "(Ljava/lang/Object;I)V", false),
              new VarInsnNode(ALOAD, temp)));
        }
      }
      case INVOKESTATIC -> {
        MethodInsnNode call = (MethodInsnNode) i;
        if (call.owner.equals("java/lang/Thread") && (call.name + call.desc).equals("interrupted()Z")) {
          // a blocking call of java.util.concurrent that throws InterruptedException has seen it here
          m.instructions.insert(i, list(new InsnNode(DUP), new MethodInsnNode(INVOKESTATIC,
              SyncRules.SYNC_THUNKS, "interrupted", "(Z)V", false)));
        }
      }
      case MONITOREXIT -> m.instructions.insertBefore(i, exits.release(i, list(
          new MethodInsnNode(INVOKESTATIC, SyncRules.SYNC_THUNKS, "monitorExit", "(Ljava/lang/Object;)V", false)),
          temp, List.of(), temp, null));
      case INVOKEVIRTUAL, INVOKESPECIAL -> {
        MethodInsnNode call = (MethodInsnNode) i;
        if (!atomic(call) && (call.name + call.desc).equals("start()V") && !call.owner.startsWith("[")) {
          m.instructions.insertBefore(i, list(new InsnNode(DUP), new MethodInsnNode(INVOKESTATIC,
              SyncRules.SYNC_THUNKS, "threadStart", "(Ljava/lang/Object;)V", false)));
        }
      }
      case INVOKEINTERFACE -> {
        MethodInsnNode call = (MethodInsnNode) i;
        if (call.owner.equals("jdk/internal/access/JavaLangAccess") && call.name.equals("start")
            && call.desc.equals("(Ljava/lang/Thread;Ljdk/internal/vm/ThreadContainer;)V")) {
          // an executor starting a thread in its container (JDK 21 on): [thread container]
          m.instructions.insertBefore(i, list(new InsnNode(DUP2), new InsnNode(POP), new MethodInsnNode(
              INVOKESTATIC, SyncRules.SYNC_THUNKS, "threadStart", "(Ljava/lang/Object;)V", false)));
        }
      }
      default -> { }
    }
  }

  /**
   * A synchronized JDK method (Vector, Hashtable, StringBuffer): its monitor is taken at entry
   * and given back at each return. Not on an exception leaving it: JDK code gets no handler.
   */
  private void synchronizedJdkMethod() {
    boolean isStatic = (m.access & ACC_STATIC) != 0;
    for (AbstractInsnNode i : m.instructions.toArray()) {
      if (i.getOpcode() >= IRETURN && i.getOpcode() <= RETURN) {
        m.instructions.insertBefore(i, list(lockObject(isStatic, 0), new MethodInsnNode(INVOKESTATIC,
            SyncRules.SYNC_THUNKS, "monitorExit", "(Ljava/lang/Object;)V", false)));
      }
    }
    m.instructions.insert(list(lockObject(isStatic, 0), new MethodInsnNode(INVOKESTATIC,
        SyncRules.SYNC_THUNKS, "monitorEnter", "(Ljava/lang/Object;)V", false)));
  }

  /** Unsafe and VarHandle atomics; true when {@code i} was one and is now seen. */
  private boolean atomic(MethodInsnNode i) {
    if (i.getOpcode() != INVOKEVIRTUAL) {
      return false;
    }
    if (i.owner.equals("java/lang/invoke/VarHandle")) {
      return sync.varHandleCall(i);
    }
    if (i.owner.equals("jdk/internal/misc/Unsafe") || i.owner.equals("sun/misc/Unsafe")) {
      return sync.unsafeCall(i);
    }
    return false;
  }

  private void rewrite(AbstractInsnNode i) {
    int op = i.getOpcode();
    switch (op) {
      case GETFIELD, PUTFIELD, GETSTATIC, PUTSTATIC -> field((FieldInsnNode) i);
      case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> arrayLoad(i);
      case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> arrayStore(i);
      case MONITORENTER -> {
        m.instructions.insertBefore(i, keepLock());
        m.instructions.insert(insideHandler(i), call(list(new VarInsnNode(ALOAD, temp), new VarInsnNode(ILOAD, temp + 1),
            load(ts), new LdcInsnNode(lockSite(i))), "lock", "(Ljava/lang/Object;I" + TS + "I)V"));
      }
      case MONITOREXIT -> m.instructions.insertBefore(i, exits.release(i,
          call(list(load(ts)), "unlock", "(Ljava/lang/Object;" + TS + ")V"), ts, addedLocals(), temp, staleLocks()));
      case INVOKEVIRTUAL, INVOKESPECIAL, INVOKEINTERFACE, INVOKESTATIC -> {
        callSite(i);
        invoke((MethodInsnNode) i);
      }
      case INVOKEDYNAMIC -> callSite(i);
      default -> { }
    }
  }

  /**
   * Keeps a copy of the lock, and its identity hash, for the acquire thunk after
   * {@code monitorenter} in scratch locals, not on the operand stack: the stack at a
   * monitorenter is left as javac leaves it (only the lock). On JDK 24+ a virtual thread blocked
   * there unmounts with its frames (JEP 491); with the copy on the operand stack instead, JDK
   * 25.0.3 corrupted its heap under load (VALIDATION.md). The hash is taken while the object is
   * unlocked, where the JIT's intrinsic reads it from the header; a locked object's is a call
   * into the VM.
   */
  private InsnList keepLock() {
    return list(new InsnNode(DUP), new VarInsnNode(ASTORE, temp), new InsnNode(DUP),
        new MethodInsnNode(INVOKESTATIC, "java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", false),
        new VarInsnNode(ISTORE, temp + 1));
  }

  /**
   * Where the acquire thunk goes after {@code monitorenter}: inside the range of the handler that
   * gives the monitor back (javac's starts right after it), so that an exception from the thunk
   * (a StackOverflowError entering it) does not leave the monitor held. The ranges that start
   * between the monitorenter and the next instruction start at a new label before the thunk
   * instead (they would start at the same place were the thunk's code not there), and those that
   * end there end before it. Right after the monitorenter where no range starts.
   */
  private AbstractInsnNode insideHandler(AbstractInsnNode monitorenter) {
    java.util.Set<LabelNode> here = new java.util.HashSet<>();
    for (AbstractInsnNode n = monitorenter.getNext(); n != null && n.getOpcode() < 0; n = n.getNext()) {
      if (n instanceof LabelNode l) {
        here.add(l);
      }
    }
    boolean covered = false;
    for (TryCatchBlockNode b : m.tryCatchBlocks) {
      covered |= here.contains(b.start);
    }
    if (!covered) {
      return monitorenter;
    }
    LabelNode start = new LabelNode();
    for (TryCatchBlockNode b : m.tryCatchBlocks) {
      if (here.contains(b.start) && here.contains(b.end)) {
        continue; // empty: stays so
      }
      if (here.contains(b.start)) {
        b.start = start;
      }
      if (here.contains(b.end)) {
        b.end = start;
      }
    }
    m.instructions.insert(monitorenter, start);
    return start;
  }

  /** Before a call: the thread state notes where it is made, for the callee's frame (see History). */
  private void callSite(AbstractInsnNode i) {
    m.instructions.insertBefore(i, list(load(ts), new LdcInsnNode(owner.lineSite(m, line)),
        new FieldInsnNode(PUTFIELD, Shadows.THREAD_STATE, "at", "I")));
  }

  // ---- fields

  private void field(FieldInsnNode i) {
    ClassHierarchy.Field f = owner.resolveField(i.owner, i.name, i.desc);
    if (f != null && f.is(ACC_VOLATILE)) {
      sync.volatileField(i, f);
      return;
    }
    if (f == null || !Shadows.watched(f.access())) {
      return;
    }
    boolean isStatic = i.getOpcode() == GETSTATIC || i.getOpcode() == PUTSTATIC;
    boolean isWrite = i.getOpcode() == PUTFIELD || i.getOpcode() == PUTSTATIC;
    boolean wide = Type.getType(i.desc).getSize() == 2;
    if (owner.naive() && owner.hasShadows(f.declaringClass())) {
      naiveField(i, f, isStatic, isWrite, wide);
      return;
    }
    if (owner.loadedBefore(f.declaringClass())) {
      lateField(i, f, isStatic, isWrite, wide);
      return;
    }
    if (!owner.hasShadows(f.declaringClass())) {
      return;
    }
    InsnList before = new InsnList();
    if (isStatic) {
      before.add(new MethodInsnNode(INVOKESTATIC, i.owner, Shadows.accessor(i.name), Shadows.STATIC_ACCESSOR, false));
    } else {
      // not through a method of the field's class: invoking one waits for its initialization
      before.add(isWrite ? receiverBelowValue(wide) : list(new InsnNode(DUP)));
      before.add(owner.version() >= V1_5 ? new LdcInsnNode(Type.getObjectType(i.owner)) : new InsnNode(ACONST_NULL));
      before.add(new LdcInsnNode(owner.shadowField(f)));
      before.add(new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, "shadow",
          "(Ljava/lang/Object;Ljava/lang/Class;I)L" + Shadows.VAR_STATE + ";", false));
    }
    int site = owner.site(m, line, f);
    before.add(call(list(load(ts), new LdcInsnNode(site)), isWrite ? "write" : "read",
        "(L" + Shadows.VAR_STATE + ";" + TS + "I)V"));
    m.instructions.insertBefore(i, before);
  }

  /**
   * A field of a class loaded before jrace started, which has no shadow field: its shadow is
   * looked up by holder (the object, or the class for a static field) and field id.
   */
  private void lateField(FieldInsnNode i, ClassHierarchy.Field f, boolean isStatic, boolean isWrite, boolean wide) {
    InsnList before = holderAndId(f, isStatic, isWrite, wide);
    before.add(call(list(load(ts), new LdcInsnNode(owner.site(m, line, f))),
        isWrite ? "writeLate" : "readLate", "(Ljava/lang/Object;I" + TS + "I)V"));
    m.instructions.insertBefore(i, before);
  }

  /** mode=naive: the thread's state from its ThreadLocal and the field's shadow from a hash table, per access. */
  private void naiveField(FieldInsnNode i, ClassHierarchy.Field f, boolean isStatic, boolean isWrite, boolean wide) {
    InsnList before = holderAndId(f, isStatic, isWrite, wide);
    before.add(new LdcInsnNode(owner.site(m, line, f)));
    before.add(new MethodInsnNode(INVOKESTATIC, NAIVE, isWrite ? "write" : "read", "(Ljava/lang/Object;II)V", false));
    m.instructions.insertBefore(i, before);
  }

  /** Pushes the field's holder (the receiver, copied; or the class of a static field) and its id. */
  private static InsnList holderAndId(ClassHierarchy.Field f, boolean isStatic, boolean isWrite, boolean wide) {
    InsnList out = new InsnList();
    if (isStatic) {
      out.add(new LdcInsnNode(Type.getObjectType(f.declaringClass())));
    } else {
      out.add(isWrite ? receiverBelowValue(wide) : list(new InsnNode(DUP)));
    }
    out.add(new LdcInsnNode(dev.jrace.thunks.Thunks.lateField(f.declaringClass().replace('/', '.'), f.name(), isStatic)));
    return out;
  }

  /** For a putfield, [obj value] becomes [obj value obj]. */
  private static InsnList receiverBelowValue(boolean wideValue) {
    return wideValue
        ? list(new InsnNode(DUP2_X1), new InsnNode(POP2), new InsnNode(DUP_X2))
        : list(new InsnNode(DUP2), new InsnNode(POP));
  }

  // ---- arrays

  /** Whether the array or JDK object of {@code i} was read from a field that carries {@code @RaceIgnore}. */
  private boolean fromIgnoredField(AbstractInsnNode i) {
    FieldInsnNode f = Holders.field(holders.get(i));
    ClassHierarchy.Field holder = f == null ? null : owner.resolveField(f.owner, f.name, f.desc);
    return holder != null && holder.is(Shadows.IGNORED);
  }

  /** Whether the array access {@code i} needs no watching: see FreshObjects (naive mode watches all). */
  private boolean unwatchedElement(AbstractInsnNode i) {
    return fromIgnoredField(i) || Holders.isCoverageProbes(holders.get(i)) || unshared.contains(i) && !owner.naive();
  }

  private void arrayLoad(AbstractInsnNode i) {
    if (unwatchedElement(i)) {
      return;
    }
    if (owner.naive()) {
      m.instructions.insertBefore(i, list(new InsnNode(DUP2), new LdcInsnNode(holderSite(i, null)),
          new MethodInsnNode(INVOKESTATIC, NAIVE, "readElement", "(Ljava/lang/Object;II)V", false)));
      return;
    }
    m.instructions.insertBefore(i, call(list(new InsnNode(DUP2), load(ts),
        new LdcInsnNode(holderSite(i, null))), "readElement", "(Ljava/lang/Object;I" + TS + "I)V"));
  }

  /**
   * The site of an array access or a call on a JDK object ({@code call}, the method called),
   * naming the field its array or object came from when that is known.
   */
  private int holderSite(AbstractInsnNode i, String call) {
    FieldInsnNode f = Holders.field(holders.get(i));
    ClassHierarchy.Field holder = f == null ? null : owner.resolveField(f.owner, f.name, f.desc);
    return owner.site(m, line, holder, call);
  }

  private void arrayStore(AbstractInsnNode i) {
    if (unwatchedElement(i)) {
      return;
    }
    Type value = switch (i.getOpcode()) {
      case LASTORE -> Type.LONG_TYPE;
      case FASTORE -> Type.FLOAT_TYPE;
      case DASTORE -> Type.DOUBLE_TYPE;
      case AASTORE -> Type.getType(Object.class);
      default -> Type.INT_TYPE;
    };
    InsnList before = new InsnList();
    before.add(new VarInsnNode(value.getOpcode(ISTORE), temp));
    before.add(new InsnNode(DUP2));
    before.add(owner.naive()
        ? list(new LdcInsnNode(holderSite(i, null)),
            new MethodInsnNode(INVOKESTATIC, NAIVE, "writeElement", "(Ljava/lang/Object;II)V", false))
        : call(list(load(ts), new LdcInsnNode(holderSite(i, null))), "writeElement",
            "(Ljava/lang/Object;I" + TS + "I)V"));
    before.add(new VarInsnNode(value.getOpcode(ILOAD), temp));
    m.instructions.insertBefore(i, before);
  }

  // ---- calls that synchronize or touch arrays in bulk

  private void invoke(MethodInsnNode i) {
    if (atomic(i)) {
      return;
    }
    if (JdkCalls.applies(i)) {
      if (!unshared.contains(i) && !fromIgnoredField(i)) {
        jdkCall(i);
      }
      return;
    }
    if (LockCalls.applies(i)) {
      lockCall(i);
      return;
    }
    String key = i.name + i.desc;
    if (i.name.equals("clone") && i.desc.startsWith("()L") && !i.owner.startsWith("[")
        && (i.getOpcode() == INVOKESPECIAL || i.getOpcode() == INVOKEVIRTUAL)) {
      // Object.clone copies jrace's shadow fields too: the copy must have its own, whether
      // super.clone() is called here or a clone method of code jrace leaves alone (the JDK's)
      m.instructions.insert(i, list(new InsnNode(DUP),
          new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, "cloned", "(Ljava/lang/Object;)V", false)));
      return;
    }
    if (i.owner.startsWith("[")) {
      if (key.equals("clone()Ljava/lang/Object;")) {
        m.instructions.insertBefore(i, call(list(new InsnNode(DUP), load(ts),
            new LdcInsnNode(owner.site(m, line, null))), "readAll", "(Ljava/lang/Object;" + TS + "I)V"));
      }
      return;
    }
    if (i.getOpcode() == INVOKESTATIC) {
      if (i.owner.equals("java/lang/System") && key.equals("arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V")) {
        arraycopy(i);
      } else if (i.owner.equals("java/util/Arrays")) {
        arraysCall(i);
      } else if (i.owner.equals("java/lang/Thread") && key.equals("interrupted()Z")) {
        m.instructions.insert(i, call(list(new InsnNode(DUP), load(ts)), "interrupted", "(Z" + TS + ")V"));
      } else if (i.owner.equals("java/lang/Thread") && (key.equals("sleep(J)V") || key.equals("sleep(JI)V"))) {
        toTimedThunk(i, "sleep", "");
      }
      return;
    }
    switch (key) {
      case "start()V" -> {
        if (i.getOpcode() != INVOKEINTERFACE) {
          m.instructions.insertBefore(i, call(list(new InsnNode(DUP), load(ts)), "threadStart",
              "(Ljava/lang/Object;" + TS + ")V"));
        }
      }
      case "join()V", "join(J)V", "join(JI)V" -> {
        if (i.getOpcode() == INVOKEVIRTUAL && owner.isThread(i.owner)) {
          // a thread's join: the thunk also sees an interrupt that ends the wait
          toTimedThunk(i, "join", "Ljava/lang/Thread;");
        } else if (i.getOpcode() == INVOKEVIRTUAL) {
          threadObserved(i);
        }
      }
      case "join(Ljava/time/Duration;)Z", "isAlive()Z" -> {
        if (i.getOpcode() == INVOKEVIRTUAL) {
          threadObserved(i);
        }
      }
      case "interrupt()V" -> {
        if (i.getOpcode() == INVOKEVIRTUAL) {
          m.instructions.insertBefore(i, call(list(new InsnNode(DUP), load(ts)), "interrupting",
              "(Ljava/lang/Object;" + TS + ")V"));
        }
      }
      case "isInterrupted()Z" -> {
        if (i.getOpcode() == INVOKEVIRTUAL) {
          m.instructions.insertBefore(i, new InsnNode(DUP));
          m.instructions.insert(i, call(list(new InsnNode(DUP_X1), load(ts)), "isInterrupted",
              "(Ljava/lang/Object;Z" + TS + ")V"));
        }
      }
      case "wait()V", "wait(J)V", "wait(JI)V" -> {
        if (i.getOpcode() != INVOKESPECIAL) {
          // wait: the thunk releases the monitor around it and takes it back
          toTimedThunk(i, "await", "Ljava/lang/Object;");
        }
      }
      default -> { }
    }
  }

  /** A call that may read or change a JDK object watched as a whole: the thunk sees it first. */
  private void jdkCall(MethodInsnNode i) {
    ParkedArguments args = new ParkedArguments(i.desc, temp);
    InsnList before = args.store(false);
    before.add(JdkCalls.onArgument(i) ? args.load(0) : new InsnNode(DUP));
    before.add(call(list(load(ts), new LdcInsnNode(holderSite(i, i.name))),
        JdkCalls.writes(i) ? "objectWrite" : "objectRead", "(Ljava/lang/Object;" + TS + "I)V"));
    before.add(args.reload(false));
    m.instructions.insertBefore(i, before);
  }

  /**
   * A program's call that takes or lets go of a java.util.concurrent Lock: the thread state
   * notes the locks held (the edges come from java.util.concurrent itself).
   */
  private void lockCall(MethodInsnNode i) {
    keepReceiverUnderArguments(i);
    InsnList after = new InsnList();
    if (i.name.equals("unlock")) {
      after.add(call(load(ts), "unlocked", "(Ljava/lang/Object;" + TS + ")V"));
    } else if (i.name.equals("tryLock")) { // [lock acquired] -> [acquired acquired lock]
      after.add(new InsnNode(DUP_X1));
      after.add(new InsnNode(SWAP));
      after.add(call(list(load(ts), new LdcInsnNode(lockSite(i))), "tryLocked", "(ZLjava/lang/Object;" + TS + "I)V"));
    } else {
      after.add(call(list(load(ts), new LdcInsnNode(lockSite(i))), "locked", "(Ljava/lang/Object;" + TS + "I)V"));
    }
    m.instructions.insert(i, after);
  }

  /** Before a call: [receiver args] becomes [receiver receiver args], the copy for what follows the call. */
  private void keepReceiverUnderArguments(MethodInsnNode i) {
    ParkedArguments args = new ParkedArguments(i.desc, temp);
    InsnList before = args.store(false);
    before.add(new InsnNode(DUP));
    before.add(args.reload(false));
    m.instructions.insertBefore(i, before);
  }

  /** The site where a lock is taken, naming the lock by where it came from when the code shows it. */
  private int lockSite(AbstractInsnNode i) {
    return owner.lockSite(m, line, Holders.lockName(holders.get(i), owner, m));
  }

  /** join and isAlive: the receiver is kept under the arguments and looked at after the call. */
  // join(Duration) exists from JDK 19 on; the descriptor is matched, nothing of it is linked here
  private void threadObserved(MethodInsnNode i) {
    keepReceiverUnderArguments(i);
    InsnList after = new InsnList();
    if (Type.getReturnType(i.desc).getSort() == Type.BOOLEAN) {
      after.add(new InsnNode(SWAP));
    }
    after.add(call(load(ts), "threadObserved", "(Ljava/lang/Object;" + TS + ")V"));
    m.instructions.insert(i, after);
  }


  /**
   * A timed blocking call, {@code ()}, {@code (long)} or {@code (long, int)}, replaced by
   * {@code thunk(receiver, millis, nanos, ts)} ({@code receiver} is empty for a static call).
   */
  private void toTimedThunk(MethodInsnNode i, String thunk, String receiver) {
    InsnList args = new InsnList();
    String own = i.desc.substring(0, i.desc.indexOf(')') + 1);
    if (own.equals("()")) {
      args.add(new InsnNode(LCONST_0));
    }
    if (!own.equals("(JI)")) {
      args.add(new InsnNode(ICONST_0));
    }
    args.add(load(ts));
    m.instructions.insertBefore(i, args);
    m.instructions.set(i, new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, thunk,
        "(" + receiver + "JI" + TS + ")V", false));
  }

  private void arraycopy(MethodInsnNode i) {
    ParkedArguments args = new ParkedArguments(i.desc, temp); // src, srcPos, dst, dstPos, length
    InsnList before = args.store(false);
    int site = owner.site(m, line, null);
    String range = "(Ljava/lang/Object;II" + TS + "I)V";
    before.add(call(list(args.load(0), args.load(1), args.load(4), load(ts), new LdcInsnNode(site)),
        "readRange", range));
    before.add(call(list(args.load(2), args.load(3), args.load(4), load(ts), new LdcInsnNode(site)),
        "writeRange", range));
    before.add(args.reload(false));
    m.instructions.insertBefore(i, before);
  }


  /**
   * A static method of java.util.Arrays: each array argument is read (or written, for fill,
   * sort and setAll) over the range the call names, {@code (array, from, to, ...)}, or whole.
   */
  private void arraysCall(MethodInsnNode i) {
    ParkedArguments args = new ParkedArguments(i.desc, temp);
    boolean anyArray = false;
    for (int a = 0; a < args.count(); a++) {
      anyArray |= args.type(a).getSort() == Type.ARRAY;
    }
    if (!anyArray) {
      return;
    }
    boolean writes = i.name.equals("fill") || i.name.endsWith("ort") || i.name.endsWith("etAll")
        || i.name.equals("parallelPrefix");
    boolean prefix = i.name.equals("copyOf");
    InsnList before = args.store(false);
    int site = owner.site(m, line, null);
    for (int a = 0; a < args.count(); a++) {
      if (args.type(a).getSort() != Type.ARRAY) {
        continue;
      }
      before.add(args.load(a));
      boolean ranged = a + 2 < args.count() && args.type(a + 1) == Type.INT_TYPE
          && args.type(a + 2) == Type.INT_TYPE && !prefix && !i.name.equals("equals")
          && !i.name.equals("compare") && !i.name.equals("mismatch");
      if (ranged) {
        before.add(args.load(a + 1));
        before.add(args.load(a + 2));
      } else if (prefix && a + 1 < args.count() && args.type(a + 1) == Type.INT_TYPE) {
        before.add(new InsnNode(ICONST_0));
        before.add(args.load(a + 1));
      } else {
        before.add(new InsnNode(ICONST_0));
        before.add(new InsnNode(ICONST_M1));
      }
      before.add(call(list(load(ts), new LdcInsnNode(site)), writes ? "writeSpan" : "readSpan",
          "(Ljava/lang/Object;II" + TS + "I)V"));
    }
    before.add(args.reload(false));
    m.instructions.insertBefore(i, before);
  }


  // ---- entry, exits, frames

  private void addEntryAndExits(AbstractInsnNode superCall) {
    boolean initializer = m.name.equals("<clinit>");
    boolean isStatic = (m.access & ACC_STATIC) != 0;
    boolean sync = synchronizedMethod;
    int method = owner.methodSite(m);
    String exit = initializer ? "exitInitializer" : "exit";

    for (AbstractInsnNode i : m.instructions.toArray()) {
      if (i.getOpcode() >= IRETURN && i.getOpcode() <= RETURN) {
        m.instructions.insertBefore(i, exitCode(sync, isStatic, exit));
      }
    }

    LabelNode start = new LabelNode();
    InsnList entry = new InsnList();
    if (superCall == null) {
      entry.add(new LdcInsnNode(method));
      entry.add(new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS,
          initializer ? "enterInitializer" : "enter", "(I)" + TS, false));
      entry.add(new VarInsnNode(ASTORE, ts));
      if (sync && !isStatic) {
        entry.add(new VarInsnNode(ALOAD, 0));
        entry.add(new VarInsnNode(ASTORE, self));
      }
      entry.add(start); // an exception from the acquire thunk leaves the frame and the lock like any other
      if (sync) {
        entry.add(call(list(lockObject(isStatic), load(ts), new LdcInsnNode(owner.lockSite(m, owner.firstLine(m), isStatic
            ? Type.getObjectType(owner.name()).getClassName() + ".class" : owner.name().replace('/', '.') + ".this"))),
            "lock", "(Ljava/lang/Object;" + TS + "I)V"));
      }
      m.instructions.insert(entry);
    } else {
      entry.add(new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, "current", "()" + TS, false));
      entry.add(new VarInsnNode(ASTORE, ts));
      m.instructions.insert(entry);
      m.instructions.insert(superCall, list(load(ts), new LdcInsnNode(method),
          new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, "enter", "(" + TS + "I)V", false), start));
    }

    if (start.getNext() == null) {
      return;
    }
    LabelNode end = new LabelNode();
    LabelNode handler = new LabelNode();
    List<Object> locals = new java.util.ArrayList<>();
    for (int slot = 0; slot < ts; slot++) {
      locals.add(TOP);
    }
    locals.addAll(addedLocals());
    InsnList onThrow = list(end, handler, frame(locals, "java/lang/Throwable"));
    onThrow.add(popFrame(initializer, locals));
    onThrow.add(sync ? releaseOnThrow(isStatic, locals) : list(new InsnNode(ATHROW)));
    m.instructions.add(onThrow);
    m.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
  }

  /**
   * In the handler that leaves the method on an exception: the shadow frame is popped (and a
   * static initializer's accesses watched again) by field accesses, not a call. The handler
   * often runs for a StackOverflowError with no stack left for a call, whose failure would leave
   * the frame on the shadow stack. [Throwable] stays on the stack.
   */
  private InsnList popFrame(boolean initializer, List<Object> locals) {
    InsnList out = new InsnList();
    if (initializer) {
      out.add(list(load(ts), new InsnNode(DUP), new FieldInsnNode(GETFIELD, Shadows.THREAD_STATE, "ignore", "I"),
          new InsnNode(ICONST_1), new InsnNode(ISUB), new FieldInsnNode(PUTFIELD, Shadows.THREAD_STATE, "ignore", "I")));
    }
    LabelNode popped = new LabelNode();
    out.add(list(load(ts), new FieldInsnNode(GETFIELD, Shadows.THREAD_STATE, "depth", "I"),
        new JumpInsnNode(IFLE, popped),
        load(ts), new InsnNode(DUP), new FieldInsnNode(GETFIELD, Shadows.THREAD_STATE, "depth", "I"),
        new InsnNode(ICONST_1), new InsnNode(ISUB), new FieldInsnNode(PUTFIELD, Shadows.THREAD_STATE, "depth", "I"),
        popped, frame(locals, "java/lang/Throwable")));
    return out;
  }

  /**
   * A synchronized method's release on an exception: the exception is kept in a local while the
   * release thunk runs under a handler of its own, which drops what entering the thunk may throw
   * (no stack left), so the method's own exception is the one that leaves it; then rethrows.
   */
  private InsnList releaseOnThrow(boolean isStatic, List<Object> locals) {
    List<Object> kept = new java.util.ArrayList<>(locals);
    for (int slot = ts + addedLocals().size(); slot < temp; slot++) {
      kept.add(TOP);
    }
    kept.add("java/lang/Throwable");
    LabelNode start = new LabelNode();
    LabelNode released = new LabelNode();
    LabelNode failed = new LabelNode();
    m.tryCatchBlocks.add(new TryCatchBlockNode(start, released, failed, null));
    InsnList out = list(new VarInsnNode(ASTORE, temp), start,
        lockObject(isStatic), load(ts),
        new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, "unlock", "(Ljava/lang/Object;" + TS + ")V", false),
        released, frame(kept),
        new VarInsnNode(ALOAD, temp), new InsnNode(ATHROW),
        failed, frame(kept, "java/lang/Throwable"), new InsnNode(POP));
    out.add(staleLocks());
    out.add(new JumpInsnNode(GOTO, released));
    return out;
  }

  /** A release thunk could not be entered: the thread's holds are to be checked against the JVM's. */
  private InsnList staleLocks() {
    return list(load(ts), new InsnNode(ICONST_1), new FieldInsnNode(PUTFIELD, Shadows.THREAD_STATE, "staleLocks", "Z"));
  }

  private static FrameNode frame(List<Object> locals, Object... stack) {
    return new FrameNode(F_NEW, locals.size(), locals.toArray(), stack.length, stack);
  }

  private InsnList exitCode(boolean sync, boolean isStatic, String exit) {
    InsnList out = new InsnList();
    if (sync) {
      out.add(call(list(lockObject(isStatic), load(ts)), "unlock", "(Ljava/lang/Object;" + TS + ")V"));
    }
    out.add(call(load(ts), exit, "(" + TS + ")V"));
    return out;
  }

  private AbstractInsnNode lockObject(boolean isStatic) {
    return lockObject(isStatic, self);
  }

  /** The monitor of a synchronized method: its class, or {@code this} as kept in {@code slot}. */
  private AbstractInsnNode lockObject(boolean isStatic, int slot) {
    return isStatic ? new LdcInsnNode(Type.getObjectType(owner.name())) : new VarInsnNode(ALOAD, slot);
  }

  /** The types of the locals jrace adds, in slot order from {@link #ts}. */
  private List<Object> addedLocals() {
    return synchronizedMethod && (m.access & ACC_STATIC) == 0
        ? List.of(Shadows.THREAD_STATE, owner.name())
        : List.of(Shadows.THREAD_STATE);
  }

  /** Every frame of the method gets the added locals in their slots past the method's own. */
  private void addThreadStateToFrames() {
    for (AbstractInsnNode i : m.instructions) {
      if (i instanceof FrameNode f && f.type == F_NEW && f.local != null) {
        List<Object> locals = new java.util.ArrayList<>(f.local);
        int slots = 0;
        for (Object l : locals) {
          slots += (l == LONG || l == DOUBLE) ? 2 : 1;
        }
        if (slots > ts) {
          continue; // our own handler frame, already complete
        }
        while (slots < ts) {
          locals.add(TOP);
          slots++;
        }
        locals.addAll(addedLocals());
        f.local = locals;
      }
    }
  }

  // ---- small helpers

  private static VarInsnNode load(int slot) {
    return new VarInsnNode(ALOAD, slot);
  }

  private static InsnList call(AbstractInsnNode args, String thunk, String descriptor) {
    return call(list(args), thunk, descriptor);
  }

  private static InsnList call(InsnList args, String thunk, String descriptor) {
    args.add(new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, thunk, descriptor, false));
    return args;
  }

  private static InsnList list(AbstractInsnNode... nodes) {
    InsnList l = new InsnList();
    for (AbstractInsnNode n : nodes) {
      l.add(n);
    }
    return l;
  }
}
