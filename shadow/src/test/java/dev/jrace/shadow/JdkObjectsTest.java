package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Vector;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JdkObjectsTest {
  @Test
  void everyListedClassExistsOnThisJdk() throws ClassNotFoundException {
    for (String name : JdkObjects.CLASSES) {
      assertTrue(JdkObjects.watched(Class.forName(name, false, null)), name);
    }
  }

  @Test
  void watchesExactlyTheNonThreadSafeJdkClasses() {
    assertTrue(JdkObjects.watched(HashMap.class));
    assertTrue(JdkObjects.watched(ArrayList.class));
    assertTrue(JdkObjects.watched(StringBuilder.class));
    assertTrue(JdkObjects.watched(BitSet.class));
    assertTrue(JdkObjects.watched(SimpleDateFormat.class));
    assertTrue(JdkObjects.watched(Arrays.asList(1, 2).getClass()));
    assertTrue(JdkObjects.watched(EnumSet.noneOf(TimeUnit.class).getClass()));
    assertFalse(JdkObjects.watched(ConcurrentHashMap.class));
    assertFalse(JdkObjects.watched(Vector.class));
    assertFalse(JdkObjects.watched(Hashtable.class));
    assertFalse(JdkObjects.watched(StringBuffer.class));
    assertFalse(JdkObjects.watched(List.of(1).getClass()), "immutable");
    assertFalse(JdkObjects.watched(Collections.synchronizedList(new ArrayList<>()).getClass()));
    assertFalse(JdkObjects.watched(new ArrayList<Object>() { }.getClass()), "a program's subclass");
    assertFalse(JdkObjects.watched(String.class));
  }

  @Test
  void methodsThatChangeAnObjectAreWritesAndAllOthersReads() {
    for (String write : List.of("put", "putIfAbsent", "add", "addAll", "remove", "removeIf", "clear",
        "set", "setLength", "sort", "replaceAll", "compute", "computeIfAbsent", "merge", "poll",
        "pollFirst", "offer", "push", "pop", "append", "insert", "delete", "deleteCharAt", "reverse",
        "retainAll", "trimToSize", "ensureCapacity", "flip", "and", "or", "xor", "andNot",
        "format", "parse", "applyPattern", "roll")) {
      assertTrue(JdkObjects.writes(write), write);
    }
    for (String read : List.of("get", "getOrDefault", "size", "isEmpty", "contains", "containsKey",
        "iterator", "forEach", "stream", "toString", "equals", "hashCode", "keySet", "entrySet",
        "values", "peek", "element", "first", "firstKey", "headMap", "subList", "toArray", "charAt",
        "length", "indexOf", "nextSetBit", "cardinality", "reversed", "clone", "toPattern")) {
      assertFalse(JdkObjects.writes(read), read);
    }
  }

  @Test
  void callsThatMayReachAWatchedObjectAreFoundByTheTypeTheyName() {
    assertTrue(JdkObjects.mayAccess("java/util/Map", "get"));
    assertTrue(JdkObjects.mayAccess("java/util/List", "add"));
    assertTrue(JdkObjects.mayAccess("java/util/HashMap", "put"));
    assertTrue(JdkObjects.mayAccess("java/lang/StringBuilder", "append"));
    assertTrue(JdkObjects.mayAccess("java/text/DateFormat", "format"));
    assertTrue(JdkObjects.mayAccess("java/lang/Iterable", "iterator"));
    assertFalse(JdkObjects.mayAccess("java/util/Map", "getClass"));
    assertFalse(JdkObjects.mayAccess("java/util/List", "wait"));
    assertFalse(JdkObjects.mayAccess("java/util/Vector", "add"));
    assertFalse(JdkObjects.mayAccess("java/util/concurrent/ConcurrentHashMap", "put"));
    assertFalse(JdkObjects.mayAccess("com/acme/Registry", "put"));
  }
}
