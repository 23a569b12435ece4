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

/**
 * Which calls on JDK objects need no watching, for the methods of
 * {@link racetest.rules.FreshTarget}: listed as {@code owner.name} of each unwatched call.
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
      if (calls.contains(i)) {
        MethodInsnNode call = (MethodInsnNode) i;
        out.add(call.owner.substring(call.owner.lastIndexOf('/') + 1) + "." + call.name);
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
}
