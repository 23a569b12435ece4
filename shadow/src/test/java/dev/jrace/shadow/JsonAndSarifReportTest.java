package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The machine-readable reports, read back with a real JSON parser. */
class JsonAndSarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Site PUT = new Site("com.acme.Cache", "store", "Cache.java", 7, "com.acme.Cache.map", "put");
  private static final Site GET = new Site("com.acme.Cache", "lookup", "Cache.java", 11, "com.acme.Cache.map", "get");
  private static final StackTraceElement[] STACK = {
    new StackTraceElement("dev.jrace.shadow.Detector", "report", "Detector.java", 99),
    new StackTraceElement("com.acme.Cache", "store", "Cache.java", 7),
    new StackTraceElement("com.acme.Main", "main", "Main.java", 3),
  };
  private static final Race RACE = new Race("java.util.HashMap@1f", "com.acme.Cache.map", "java.util.HashMap",
      new Access(true, PUT, new ThreadInfo(null, "writer \"1\"", null), STACK),
      new Access(false, GET, new ThreadInfo(null, "reader", null), null, true));

  @Test
  void aRaceIsOneLineOfJsonWithBothAccessesAndTheirStacks() throws Exception {
    String line = JsonReport.format(RACE);
    assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, line);
    JsonNode race = JSON.readTree(line);
    assertEquals("race", race.get("type").asText());
    assertEquals("java.util.HashMap@1f", race.get("variable").asText());
    assertEquals("com.acme.Cache.map", race.get("holder").asText());
    assertEquals("java.util.HashMap", race.get("jdkClass").asText());
    JsonNode now = race.get("current");
    assertEquals("write", now.get("kind").asText());
    assertEquals("put", now.get("call").asText());
    assertEquals("writer \"1\"", now.get("thread").get("name").asText());
    assertEquals(List.of("java.util.HashMap.put", "com.acme.Cache.store", "com.acme.Main.main"), frames(now));
    assertEquals(7, now.get("stack").get(1).get("line").asInt());
    assertFalse(now.get("stackLost").asBoolean());
    JsonNode before = race.get("previous");
    assertEquals(List.of("java.util.HashMap.get", "com.acme.Cache.lookup"), frames(before));
    assertTrue(before.get("stackLost").asBoolean());
    assertEquals(JSON.readTree("{\"type\":\"summary\",\"races\":3,\"shown\":2}"),
        JSON.readTree(JsonReport.summary(3, 2)));
  }

  @Test
  void aSarifDocumentHasOneResultPerRaceAtTheCurrentAccessWithThePreviousRelated() throws Exception {
    JsonNode doc = JSON.readTree(SarifReport.document(List.of(RACE, RACE)));
    assertEquals("2.1.0", doc.get("version").asText());
    JsonNode run = doc.get("runs").get(0);
    assertEquals("jrace", run.get("tool").get("driver").get("name").asText());
    assertEquals("data-race", run.get("tool").get("driver").get("rules").get(0).get("id").asText());
    assertEquals(2, run.get("results").size());
    JsonNode result = run.get("results").get(0);
    assertEquals("data-race", result.get("ruleId").asText());
    JsonNode here = result.get("locations").get(0).get("physicalLocation");
    assertEquals("com/acme/Cache.java", here.get("artifactLocation").get("uri").asText());
    assertEquals(7, here.get("region").get("startLine").asInt());
    JsonNode there = result.get("relatedLocations").get(0).get("physicalLocation");
    assertEquals(11, there.get("region").get("startLine").asInt());
    assertEquals(2, result.get("stacks").size());
    assertEquals(3, result.get("stacks").get(0).get("frames").size());
    assertTrue(result.get("message").get("text").asText().startsWith("Write of java.util.HashMap@1f by thread"));
    assertEquals(0, JSON.readTree(SarifReport.document(List.of())).get("runs").get(0).get("results").size());
  }

  private static List<String> frames(JsonNode access) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode f : access.get("stack")) {
      out.add(f.get("class").asText() + "." + f.get("method").asText());
    }
    return out;
  }
}
