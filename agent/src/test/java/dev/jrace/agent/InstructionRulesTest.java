package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jrace.shadow.SiteTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rewriting rule, as the instruction listing it must produce for one method of
 * {@link racetest.rules.Target} (site and method ids come from a fresh site table).
 */
class InstructionRulesTest {
  private static InstrumentingLoader loader;
  private static byte[] instrumented;

  @BeforeAll
  static void instrument() throws Exception {
    loader = new InstrumentingLoader("racetest.rules.", new SiteTable());
    instrumented = loader.instrument("racetest.rules.Target");
  }

  /** {@code expected}, with {@code #f} standing for the id of Target's field f's shadow. */
  private static void assertListing(String method, String expected) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("#(\\w+)").matcher(expected);
    StringBuilder withIds = new StringBuilder();
    while (m.find()) {
      int id = dev.jrace.thunks.Thunks.shadowField(loader, "racetest/rules/Target", "$jrace$" + m.group(1));
      m.appendReplacement(withIds, Integer.toString(id));
    }
    m.appendTail(withIds);
    assertEquals(withIds.toString(), Listing.of(instrumented, method));
  }

  /**
   * A getfield: the receiver's shadow (through Thunks.shadow, with the class the instruction
   * names and the field's id: no method of Target, whose call would wait for Target's
   * initialization), then the read thunk, then the original read. The method
   * calls nothing, so it only fetches the thread state: no entry, exit or handler.
   */
  @Test
  void aFieldReadPassesTheShadowOfItsReceiverToTheReadThunk() throws Exception {
    assertListing("readField(", """
        INVOKESTATIC dev/jrace/thunks/Thunks.current ()Ldev/jrace/shadow/ThreadState;
        ASTORE 1
        L0
        ALOAD 0
        DUP
        LDC Lracetest/rules/Target;.class
        LDC #field
        INVOKESTATIC dev/jrace/thunks/Thunks.shadow (Ljava/lang/Object;Ljava/lang/Class;I)Ldev/jrace/shadow/VarState;
        ALOAD 1
        LDC 1
        INVOKESTATIC dev/jrace/thunks/Thunks.read (Ldev/jrace/shadow/VarState;Ldev/jrace/shadow/ThreadState;I)V
        GETFIELD racetest/rules/Target.field : I
        IRETURN
        L1
        """);
  }

  /** A putfield of a long: the receiver is brought up from under the two-slot value. */
  @Test
  void aWideFieldWriteDigsTheReceiverFromUnderTheValue() throws Exception {
    assertListing("writeWide(", """
        INVOKESTATIC dev/jrace/thunks/Thunks.current ()Ldev/jrace/shadow/ThreadState;
        ASTORE 3
        L0
        ALOAD 0
        LLOAD 1
        DUP2_X1
        POP2
        DUP_X2
        LDC Lracetest/rules/Target;.class
        LDC #wide
        INVOKESTATIC dev/jrace/thunks/Thunks.shadow (Ljava/lang/Object;Ljava/lang/Class;I)Ldev/jrace/shadow/VarState;
        ALOAD 3
        LDC 2
        INVOKESTATIC dev/jrace/thunks/Thunks.write (Ldev/jrace/shadow/VarState;Ldev/jrace/shadow/ThreadState;I)V
        PUTFIELD racetest/rules/Target.wide : J
        L1
        RETURN
        L2
        """);
  }

  /**
   * A volatile read is an acquire of the field's location, made after the read so a release it
   * sees is taken. It needs no thread state: the thunk finds it, as for JDK code.
   */
  @Test
  void aVolatileReadAcquiresAfterTheRead() throws Exception {
    assertListing("readVolatile(", """
        L0
        ALOAD 0
        DUP
        GETFIELD racetest/rules/Target.flag : I
        SWAP
        LDC 1
        ICONST_1
        INVOKESTATIC dev/jrace/thunks/SyncThunks.volatileRead (Ljava/lang/Object;IZ)V
        IRETURN
        L1
        """);
  }

  /** A putstatic: the class's static shadow. */
  @Test
  void aStaticWriteUsesTheClassShadow() throws Exception {
    assertListing("writeStatic(", """
        INVOKESTATIC dev/jrace/thunks/Thunks.current ()Ldev/jrace/shadow/ThreadState;
        ASTORE 2
        L0
        ILOAD 1
        INVOKESTATIC racetest/rules/Target.$jrace$counter ()Ldev/jrace/shadow/VarState;
        ALOAD 2
        LDC 3
        INVOKESTATIC dev/jrace/thunks/Thunks.write (Ldev/jrace/shadow/VarState;Ldev/jrace/shadow/ThreadState;I)V
        PUTSTATIC racetest/rules/Target.counter : I
        L1
        RETURN
        L2
        """);
  }

  /** A final field cannot race, and a method that calls nothing and watches nothing stays as it was. */
  @Test
  void finalFieldsAreNotWatched() throws Exception {
    assertListing("readFinal(", """
        L0
        ICONST_1
        IRETURN
        L1
        """);
  }

  /** An iastore: the value waits in a scratch local while array and index go to the thunk. */
  @Test
  void anArrayStoreParksTheValueToPassArrayAndIndex() throws Exception {
    assertListing("storeElement(", """
        INVOKESTATIC dev/jrace/thunks/Thunks.current ()Ldev/jrace/shadow/ThreadState;
        ASTORE 3
        L0
        ALOAD 0
        DUP
        LDC Lracetest/rules/Target;.class
        LDC #array
        INVOKESTATIC dev/jrace/thunks/Thunks.shadow (Ljava/lang/Object;Ljava/lang/Class;I)Ldev/jrace/shadow/VarState;
        ALOAD 3
        LDC 4
        INVOKESTATIC dev/jrace/thunks/Thunks.read (Ldev/jrace/shadow/VarState;Ldev/jrace/shadow/ThreadState;I)V
        GETFIELD racetest/rules/Target.array : [I
        ILOAD 1
        ILOAD 2
        ISTORE 4
        DUP2
        ALOAD 3
        LDC 5
        INVOKESTATIC dev/jrace/thunks/Thunks.writeElement (Ljava/lang/Object;ILdev/jrace/shadow/ThreadState;I)V
        ILOAD 4
        IASTORE
        L1
        RETURN
        L2
        """);
  }

  /**
   * monitorenter then acquire, inside the range of javac's handler that gives the monitor back,
   * the lock and its identity hash (taken while it is unlocked) kept for it in scratch locals
   * (the stack at monitorenter stays javac's);
   * release then monitorexit, on the normal and the exceptional path, each release under a
   * handler of its own that drops what entering it throws (javac's handler covers itself: a
   * throwing release would run it for ever), gives the monitor back, notes the release went
   * unrecorded and goes on after the monitorexit: what can throw runs with no monitor held
   * that no handler expects, or the JIT would not compile the method.
   */
  @Test
  void aMonitorIsAcquiredAfterEnterAndReleasedBeforeExit() throws Exception {
    assertListing("lock(", """
        TRYCATCHBLOCK L0 L1 L2 null
        TRYCATCHBLOCK L3 L4 L5 null
        TRYCATCHBLOCK L6 L7 L8 null
        TRYCATCHBLOCK L8 L9 L8 null
        INVOKESTATIC dev/jrace/thunks/Thunks.current ()Ldev/jrace/shadow/ThreadState;
        ASTORE 4
        L10
        ALOAD 1
        DUP
        ASTORE 2
        DUP
        ASTORE 5
        DUP
        INVOKESTATIC java/lang/System.identityHashCode (Ljava/lang/Object;)I
        ISTORE 6
        MONITORENTER
        L6
        ALOAD 5
        ILOAD 6
        ALOAD 4
        LDC 6
        INVOKESTATIC dev/jrace/thunks/Thunks.lock (Ljava/lang/Object;ILdev/jrace/shadow/ThreadState;I)V
        L11
        ICONST_1
        INVOKESTATIC racetest/rules/Target.$jrace$counter ()Ldev/jrace/shadow/VarState;
        ALOAD 4
        LDC 7
        INVOKESTATIC dev/jrace/thunks/Thunks.write (Ldev/jrace/shadow/VarState;Ldev/jrace/shadow/ThreadState;I)V
        PUTSTATIC racetest/rules/Target.counter : I
        L12
        ALOAD 2
        DUP
        ASTORE 5
        L3
        ALOAD 5
        ALOAD 4
        INVOKESTATIC dev/jrace/thunks/Thunks.unlock (Ljava/lang/Object;Ldev/jrace/shadow/ThreadState;)V
        L4
        FRAME FULL [racetest/rules/Target java/lang/Object java/lang/Object T dev/jrace/shadow/ThreadState java/lang/Object] [java/lang/Object]
        MONITOREXIT
        L7
        FRAME SAME
        GOTO L13
        L8
        FRAME FULL [racetest/rules/Target java/lang/Object java/lang/Object T dev/jrace/shadow/ThreadState] [java/lang/Throwable]
        ASTORE 3
        ALOAD 2
        DUP
        ASTORE 5
        L0
        ALOAD 5
        ALOAD 4
        INVOKESTATIC dev/jrace/thunks/Thunks.unlock (Ljava/lang/Object;Ldev/jrace/shadow/ThreadState;)V
        L1
        FRAME FULL [racetest/rules/Target java/lang/Object java/lang/Object java/lang/Throwable dev/jrace/shadow/ThreadState java/lang/Object] [java/lang/Object]
        MONITOREXIT
        L9
        FRAME SAME
        ALOAD 3
        ATHROW
        L13
        FRAME FULL [racetest/rules/Target java/lang/Object T T dev/jrace/shadow/ThreadState] []
        RETURN
        L5
        FRAME FULL [racetest/rules/Target java/lang/Object java/lang/Object T dev/jrace/shadow/ThreadState java/lang/Object] [java/lang/Throwable]
        POP
        ALOAD 5
        MONITOREXIT
        ALOAD 4
        ICONST_1
        PUTFIELD dev/jrace/shadow/ThreadState.staleLocks : Z
        GOTO L7
        L2
        FRAME FULL [racetest/rules/Target java/lang/Object java/lang/Object java/lang/Throwable dev/jrace/shadow/ThreadState java/lang/Object] [java/lang/Throwable]
        POP
        ALOAD 5
        MONITOREXIT
        ALOAD 4
        ICONST_1
        PUTFIELD dev/jrace/shadow/ThreadState.staleLocks : Z
        GOTO L9
        """);
  }

  /**
   * A synchronized method keeps its receiver in a local of its own to release at every exit. On
   * an exception (the acquire's too) the frame is popped without a call, then the release runs
   * under a handler that drops what entering it throws, and the exception is thrown again.
   */
  @Test
  void aSynchronizedMethodAcquiresAtEntryAndReleasesAtEveryExit() throws Exception {
    assertListing("syncMethod(", """
        TRYCATCHBLOCK L0 L1 L2 null
        TRYCATCHBLOCK L3 L4 L4 null
        LDC 8
        INVOKESTATIC dev/jrace/thunks/Thunks.enter (I)Ldev/jrace/shadow/ThreadState;
        ASTORE 1
        ALOAD 0
        ASTORE 2
        L3
        ALOAD 2
        ALOAD 1
        LDC 9
        INVOKESTATIC dev/jrace/thunks/Thunks.lock (Ljava/lang/Object;Ldev/jrace/shadow/ThreadState;I)V
        L5
        ALOAD 2
        ALOAD 1
        INVOKESTATIC dev/jrace/thunks/Thunks.unlock (Ljava/lang/Object;Ldev/jrace/shadow/ThreadState;)V
        ALOAD 1
        INVOKESTATIC dev/jrace/thunks/Thunks.exit (Ldev/jrace/shadow/ThreadState;)V
        RETURN
        L4
        FRAME FULL [T dev/jrace/shadow/ThreadState racetest/rules/Target] [java/lang/Throwable]
        ALOAD 1
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        IFLE L6
        ALOAD 1
        DUP
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        ICONST_1
        ISUB
        PUTFIELD dev/jrace/shadow/ThreadState.depth : I
        L6
        FRAME SAME1 java/lang/Throwable
        ASTORE 3
        L0
        ALOAD 2
        ALOAD 1
        INVOKESTATIC dev/jrace/thunks/Thunks.unlock (Ljava/lang/Object;Ldev/jrace/shadow/ThreadState;)V
        L1
        FRAME APPEND [java/lang/Throwable]
        ALOAD 3
        ATHROW
        L2
        FRAME SAME1 java/lang/Throwable
        POP
        ALOAD 1
        ICONST_1
        PUTFIELD dev/jrace/shadow/ThreadState.staleLocks : Z
        GOTO L1
        """);
  }

  /**
   * start: the thunk runs before it; join(long) of a thread: replaced by a thunk that joins, then
   * takes the child's past, or sees the interrupt that ended the wait.
   */
  @Test
  void startPublishesTheParentsPastAndJoinTakesTheChilds() throws Exception {
    assertListing("startAndJoin(", """
        TRYCATCHBLOCK L0 L1 L1 null
        LDC 12
        INVOKESTATIC dev/jrace/thunks/Thunks.enter (I)Ldev/jrace/shadow/ThreadState;
        ASTORE 2
        L0
        ALOAD 1
        ALOAD 2
        LDC 10
        PUTFIELD dev/jrace/shadow/ThreadState.at : I
        DUP
        ALOAD 2
        INVOKESTATIC dev/jrace/thunks/Thunks.threadStart (Ljava/lang/Object;Ldev/jrace/shadow/ThreadState;)V
        INVOKEVIRTUAL java/lang/Thread.start ()V
        L2
        ALOAD 1
        LDC 5L
        ALOAD 2
        LDC 11
        PUTFIELD dev/jrace/shadow/ThreadState.at : I
        ICONST_0
        ALOAD 2
        INVOKESTATIC dev/jrace/thunks/Thunks.join (Ljava/lang/Thread;JILdev/jrace/shadow/ThreadState;)V
        L3
        ALOAD 2
        INVOKESTATIC dev/jrace/thunks/Thunks.exit (Ldev/jrace/shadow/ThreadState;)V
        RETURN
        L1
        FRAME FULL [T T dev/jrace/shadow/ThreadState] [java/lang/Throwable]
        ALOAD 2
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        IFLE L4
        ALOAD 2
        DUP
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        ICONST_1
        ISUB
        PUTFIELD dev/jrace/shadow/ThreadState.depth : I
        L4
        FRAME SAME1 java/lang/Throwable
        ATHROW
        """);
  }

  /** wait() becomes a thunk that releases the monitor while waiting and takes it back. */
  @Test
  void waitIsReplacedByTheThunkThatReleasesAroundIt() throws Exception {
    assertListing("waitOn(", """
        TRYCATCHBLOCK L0 L1 L1 null
        LDC 14
        INVOKESTATIC dev/jrace/thunks/Thunks.enter (I)Ldev/jrace/shadow/ThreadState;
        ASTORE 2
        L0
        ALOAD 1
        ALOAD 2
        LDC 13
        PUTFIELD dev/jrace/shadow/ThreadState.at : I
        LCONST_0
        ICONST_0
        ALOAD 2
        INVOKESTATIC dev/jrace/thunks/Thunks.await (Ljava/lang/Object;JILdev/jrace/shadow/ThreadState;)V
        L2
        ALOAD 2
        INVOKESTATIC dev/jrace/thunks/Thunks.exit (Ldev/jrace/shadow/ThreadState;)V
        RETURN
        L1
        FRAME FULL [T T dev/jrace/shadow/ThreadState] [java/lang/Throwable]
        ALOAD 2
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        IFLE L3
        ALOAD 2
        DUP
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        ICONST_1
        ISUB
        PUTFIELD dev/jrace/shadow/ThreadState.depth : I
        L3
        FRAME SAME1 java/lang/Throwable
        ATHROW
        """);
  }

  /** System.arraycopy: arguments parked, its read range and write range reported, then the call. */
  @Test
  void arraycopyReportsBothRangesBeforeCopying() throws Exception {
    assertListing("copy(", """
        TRYCATCHBLOCK L0 L1 L1 null
        LDC 17
        INVOKESTATIC dev/jrace/thunks/Thunks.enter (I)Ldev/jrace/shadow/ThreadState;
        ASTORE 3
        L0
        ALOAD 1
        ICONST_0
        ALOAD 2
        ICONST_1
        ICONST_2
        ALOAD 3
        LDC 15
        PUTFIELD dev/jrace/shadow/ThreadState.at : I
        ISTORE 8
        ISTORE 7
        ASTORE 6
        ISTORE 5
        ASTORE 4
        ALOAD 4
        ILOAD 5
        ILOAD 8
        ALOAD 3
        LDC 16
        INVOKESTATIC dev/jrace/thunks/Thunks.readRange (Ljava/lang/Object;IILdev/jrace/shadow/ThreadState;I)V
        ALOAD 6
        ILOAD 7
        ILOAD 8
        ALOAD 3
        LDC 16
        INVOKESTATIC dev/jrace/thunks/Thunks.writeRange (Ljava/lang/Object;IILdev/jrace/shadow/ThreadState;I)V
        ALOAD 4
        ILOAD 5
        ALOAD 6
        ILOAD 7
        ILOAD 8
        INVOKESTATIC java/lang/System.arraycopy (Ljava/lang/Object;ILjava/lang/Object;II)V
        L2
        ALOAD 3
        INVOKESTATIC dev/jrace/thunks/Thunks.exit (Ldev/jrace/shadow/ThreadState;)V
        RETURN
        L1
        FRAME FULL [T T T dev/jrace/shadow/ThreadState] [java/lang/Throwable]
        ALOAD 3
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        IFLE L3
        ALOAD 3
        DUP
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        ICONST_1
        ISUB
        PUTFIELD dev/jrace/shadow/ThreadState.depth : I
        L3
        FRAME SAME1 java/lang/Throwable
        ATHROW
        """);
  }

  /** A constructor fetches the thread state first and enters after super(); its handler covers only what follows. */
  @Test
  void aConstructorEntersAfterItsSuperCall() throws Exception {
    assertListing("<init>(", """
        TRYCATCHBLOCK L0 L1 L1 null
        INVOKESTATIC dev/jrace/thunks/Thunks.current ()Ldev/jrace/shadow/ThreadState;
        ASTORE 1
        L2
        ALOAD 0
        INVOKESPECIAL java/lang/Object.<init> ()V
        ALOAD 1
        LDC 19
        INVOKESTATIC dev/jrace/thunks/Thunks.enter (Ldev/jrace/shadow/ThreadState;I)V
        L0
        ALOAD 0
        ICONST_1
        PUTFIELD racetest/rules/Target.constant : I
        L3
        ALOAD 0
        ICONST_2
        DUP2
        POP
        LDC Lracetest/rules/Target;.class
        LDC #field
        INVOKESTATIC dev/jrace/thunks/Thunks.shadow (Ljava/lang/Object;Ljava/lang/Class;I)Ldev/jrace/shadow/VarState;
        ALOAD 1
        LDC 18
        INVOKESTATIC dev/jrace/thunks/Thunks.write (Ldev/jrace/shadow/VarState;Ldev/jrace/shadow/ThreadState;I)V
        PUTFIELD racetest/rules/Target.field : I
        L4
        ALOAD 1
        INVOKESTATIC dev/jrace/thunks/Thunks.exit (Ldev/jrace/shadow/ThreadState;)V
        RETURN
        L1
        FRAME FULL [T dev/jrace/shadow/ThreadState] [java/lang/Throwable]
        ALOAD 1
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        IFLE L5
        ALOAD 1
        DUP
        GETFIELD dev/jrace/shadow/ThreadState.depth : I
        ICONST_1
        ISUB
        PUTFIELD dev/jrace/shadow/ThreadState.depth : I
        L5
        FRAME SAME1 java/lang/Throwable
        ATHROW
        """);
  }

  /**
   * A static field's accessor, which code anywhere calls (a getstatic waits for the class's
   * initialization too): it installs the shadow on first use; what that throws (out of memory
   * or stack) leaves the access unwatched.
   */
  @Test
  void theStaticShadowAccessorInstallsOnFirstUse() throws Exception {
    assertListing("$jrace$counter(", """
        TRYCATCHBLOCK L0 L1 L1 null
        GETSTATIC racetest/rules/Target.$jrace$counter : Ldev/jrace/shadow/VarState;
        DUP
        IFNULL L0
        ARETURN
        L0
        FRAME SAME1 dev/jrace/shadow/VarState
        POP
        INVOKESTATIC java/lang/invoke/MethodHandles.lookup ()Ljava/lang/invoke/MethodHandles$Lookup;
        LDC "$jrace$counter"
        INVOKESTATIC dev/jrace/thunks/Thunks.installStatic (Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;)Ldev/jrace/shadow/VarState;
        ARETURN
        L1
        FRAME SAME1 java/lang/Throwable
        POP
        ACONST_NULL
        ARETURN
        """);
  }
}
