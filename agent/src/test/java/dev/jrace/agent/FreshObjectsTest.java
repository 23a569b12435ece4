package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Printer;

/**
 * Which calls on JDK objects and array accesses need no watching, for the methods of
 * {@link racetest.rules.FreshTarget}: listed as {@code owner.name} of each unwatched call and
 * the opcode of each unwatched array access.
 */
class FreshObjectsTest {
  private static ClassNode target;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = FreshObjectsTest.class.getResourceAsStream("/racetest/rules/FreshTarget.class")) {
      target = new ClassNode();
      new ClassReader(in).accept(target, 0);
    }
  }

  private static List<String> unwatched(String method) {
    MethodNode m = target.methods.stream().filter(x -> x.name.equals(method)).findFirst().orElseThrow();
    Set<AbstractInsnNode> calls = FreshObjects.unshared(target.name, m);
    List<String> out = new ArrayList<>();
    for (AbstractInsnNode i : m.instructions) {
      if (calls.contains(i) && i instanceof MethodInsnNode call) {
        out.add(call.owner.substring(call.owner.lastIndexOf('/') + 1) + "." + call.name);
      } else if (calls.contains(i)) {
        out.add(Printer.OPCODES[i.getOpcode()]);
      }
    }
    return out;
  }

  @Test
  void aLocalBuilderIsNotWatchedThroughItsChainedAppends() {
    assertEquals(List.of("StringBuilder.append", "StringBuilder.append", "StringBuilder.toString"),
        unwatched("localBuilder"));
  }

  @Test
  void aListMadeHereIsNotWatchedBeforeItIsReturned() {
    assertEquals(List.of("List.add"), unwatched("returnedList"));
  }

  @Test
  void anObjectStoredInAFieldIsWatched() {
    assertEquals(List.of(), unwatched("storedInField"));
  }

  @Test
  void anObjectCapturedByALambdaIsWatched() {
    assertEquals(List.of(), unwatched("capturedByLambda"));
  }

  @Test
  void anObjectPassedToAnotherMethodIsWatched() {
    assertEquals(List.of(), unwatched("passedAsArgument"));
  }

  @Test
  void anObjectThatMayAlsoBeAParameterIsWatched() {
    assertEquals(List.of(), unwatched("mergedWithParameter"));
  }

  @Test
  void anObjectAddedToAnotherIsWatchedAndTheOtherIsNot() {
    assertEquals(List.of("List.add"), unwatched("addedToAnother"));
  }

  @Test
  void anObjectReadFromAFieldIsWatched() {
    assertEquals(List.of(), unwatched("fromAField"));
  }

  @Test
  void aScratchArrayIsNotWatched() {
    assertEquals(List.of("IASTORE", "IALOAD"), unwatched("scratchArray"));
  }

  @Test
  void anArrayMadeHereIsNotWatchedBeforeItIsReturned() {
    assertEquals(List.of("LASTORE"), unwatched("returnedArray"));
  }

  @Test
  void anArrayStoredInAFieldIsWatched() {
    assertEquals(List.of(), unwatched("arrayStoredInField"));
  }

  @Test
  void anArrayPassedToACallIsWatched() {
    assertEquals(List.of(), unwatched("arrayPassedToCopy"));
  }

  @Test
  void anArrayCapturedByALambdaIsWatched() {
    assertEquals(List.of(), unwatched("arrayCapturedByLambda"));
  }

  @Test
  void anArrayStoredInAnotherIsWatchedAndTheOtherIsNot() {
    assertEquals(List.of("AASTORE"), unwatched("arrayStoredInAnother"));
  }

  @Test
  void theRowsOfAGridMadeHereAreWatchedButNotTheGridItself() {
    assertEquals(List.of("AALOAD", "AALOAD"), unwatched("rowOfAGrid"));
  }

  @Test
  void anArrayThatMayAlsoBeAParameterIsWatched() {
    assertEquals(List.of(), unwatched("arrayOrParameter"));
  }

  @Test
  void anArrayReadFromAFieldIsWatched() {
    assertEquals(List.of(), unwatched("arrayFromAField"));
  }
}
