package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SiteTableTest {

  @Test
  void idsStartAtOneAndNameTheSitesAdded() {
    SiteTable table = new SiteTable();
    Site a = new Site("a.A", "m", "A.java", 1, "a.A.f");
    Site b = new Site("b.B", "n", "B.java", 2, null);
    assertEquals(1, table.add(a));
    assertEquals(2, table.add(b));
    assertSame(a, table.get(1));
    assertSame(b, table.get(2));
    assertEquals(2, table.size());
  }

  @Test
  void idZeroAndUnknownIdsNameTheUnknownSite() {
    SiteTable table = new SiteTable();
    table.add(new Site("a.A", "m", "A.java", 1, null));
    Site unknown = table.get(0);
    assertEquals("?.?(Unknown Source)", unknown.frame());
    assertSame(unknown, table.get(2));
    assertSame(unknown, table.get(-1));
    assertSame(unknown, table.get(1000));
  }

  @Test
  void growsToHoldManySites() {
    SiteTable table = new SiteTable();
    for (int i = 1; i <= 1000; i++) {
      assertEquals(i, table.add(new Site("C", "m" + i, "C.java", i, null)));
    }
    assertEquals(1000, table.size());
    assertEquals("m1", table.get(1).methodName());
    assertEquals("m777", table.get(777).methodName());
    assertEquals("C.m1000(C.java:1000)", table.get(1000).frame());
  }
}
