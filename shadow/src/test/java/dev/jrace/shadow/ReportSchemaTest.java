package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The JSON lines and the SARIF document, checked against their schemas: jrace's own
 * race-report.schema.json and the official OASIS SARIF 2.1.0 schema (see {@link ReportSchemas}).
 */
class ReportSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StackTraceElement[] STARTED = {
    new StackTraceElement("dev.jrace.shadow.Threads", "started", "Threads.java", 40),
    new StackTraceElement("com.acme.Main", "main", "Main.java", 5),
  };
  private static final ThreadInfo WRITER = new ThreadInfo(null, "writer \"1\"", STARTED);
  private static final ThreadInfo RUNNING = ThreadInfo.of(Thread.currentThread(), null);
  private static final StackTraceElement[] STACK = {
    new StackTraceElement("dev.jrace.shadow.Detector", "report", "Detector.java", 99),
    new StackTraceElement("com.acme.Registry", "inc", "Registry.java", 12),
    new StackTraceElement("java.lang.Object", "wait", null, -2),
    new StackTraceElement("com.acme.Main", "main", "Main.java", 3),
  };

  /** A field written under two locks (one unnamed, taken where there is no source file) and read under none. */
  private static final Race FIELD = new Race("com.acme.Registry.count", null, null,
      new Access(true, new Site("com.acme.Registry", "inc", "Registry.java", 12, "com.acme.Registry.count"),
          WRITER, STACK, false, List.of(new Site("com.acme.Registry", "inc", "Registry.java", 11, "com.acme.Registry.this"),
              new Site("com.acme.Registry$Inner", "lambda$inc$0", null, 0, null))),
      new Access(false, new Site("com.acme.Registry", "get", "Registry.java", 20, "com.acme.Registry.count"),
          RUNNING, null, false, List.of()),
      List.of("com.acme.Registry.this"), false);
  /** An array element, read from a field, whose earlier access's thread has ended and whose stack was lost. */
  private static final Race ARRAY = new Race("int[] element 3", "com.acme.Grid.cells",
      new Access(true, new Site("com.acme.Grid", "set", "Grid.java", 30, "com.acme.Grid.cells"), WRITER, STACK),
      new Access(false, new Site("com.acme.Grid$1", "run", null, 0, null), null, null, true));
  /** A JDK object watched as a whole: each side names the JDK method called. */
  private static final Race JDK = new Race("java.util.HashMap@1f", "com.acme.Cache.map", "java.util.HashMap",
      new Access(true, new Site("com.acme.Cache", "store", "Cache.java", 7, "com.acme.Cache.map", "put"),
          new ThreadInfo(null, "", null), STACK),
      new Access(false, new Site("com.acme.Cache", "lookup", "Cache.java", 11, "com.acme.Cache.map", "get"),
          RUNNING, null, true));
  private static final List<Race> RACES = List.of(FIELD, ARRAY, JDK);

  @Test
  void everyRaceLineAndTheSummaryMatchTheRaceReportSchema() throws Exception {
    for (Race race : RACES) {
      assertValid(JsonReport.format(race));
    }
    JsonNode field = JSON.readTree(JsonReport.format(FIELD));
    assertEquals(2, field.get("current").get("locks").size());
    assertEquals("a lock", field.get("current").get("locks").get(1).get("lock").asText());
    assertTrue(JSON.readTree(JsonReport.format(ARRAY)).get("previous").get("thread").get("name").isNull());
    assertValid(JsonReport.summary(3, 2));
    assertValid(JsonReport.summary(0, 0));
  }

  @Test
  void theRaceReportSchemaAcceptsTheOptionalSiteThatSubmittedAPoolTask() throws Exception {
    assertValid(with(FIELD, access -> access.set("submitted", submitted())));
    assertInvalid(with(FIELD, access -> access.set("submitted", submitted().put("stak", 1))));
    assertInvalid(with(FIELD, access -> access.set("submitted", submitted().without("stack"))));
  }

  @Test
  void theRaceReportSchemaCatchesAWrongTypeAMissingOrAnUnknownMember() throws Exception {
    assertInvalid(with(FIELD, access -> ((ObjectNode) access.get("site")).put("line", "12")));
    assertInvalid(with(FIELD, access -> access.put("kind", "update")));
    assertInvalid(with(FIELD, access -> access.remove("stackLost")));
    assertInvalid(with(FIELD, access -> access.put("stackLots", false)));
    assertInvalid(with(FIELD, access -> access.putArray("stack")));
    assertInvalid(with(JDK, access -> ((ObjectNode) access.get("thread")).put("running", "yes")));
    ObjectNode race = (ObjectNode) JSON.readTree(JsonReport.format(ARRAY));
    race.put("type", "summary");
    assertInvalid(race);
    assertInvalid(JSON.readTree("{\"type\":\"summary\",\"races\":-1,\"shown\":0}"));
    assertInvalid(JSON.readTree("{\"type\":\"summary\",\"races\":1}"));
  }

  @Test
  void aSarifDocumentMatchesTheOasisSarif210Schema() throws Exception {
    assertSarifValid(SarifReport.document(RACES));
    assertSarifValid(SarifReport.document(List.of()));
  }

  @Test
  void theSarifSchemaCatchesABrokenDocument() throws Exception {
    assertSarifInvalid(result -> result.remove("message"));
    assertSarifInvalid(result -> result.put("level", "fatal"));
    assertSarifInvalid(result -> ((ObjectNode) result.get("locations").get(0).get("physicalLocation").get("region"))
        .put("startLine", 0));
    ObjectNode doc = (ObjectNode) JSON.readTree(SarifReport.document(RACES));
    doc.put("version", "2.0.0");
    assertFalse(ReportSchemas.sarifErrors(doc).isEmpty());
  }

  @Test
  void theSchemasAreTheOasisSarif210OneAndOursFromTheShippedClasses() throws Exception {
    JsonNode sarif = resource(ReportSchemas.class.getClassLoader(), "schema/sarif-schema-2.1.0.json");
    assertEquals(ReportSchemas.SARIF_ID, sarif.get("$id").asText());
    assertEquals("http://json-schema.org/draft-07/schema#", sarif.get("$schema").asText());
    assertEquals("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", sarif.get("title").asText());
    // ours ships beside JsonReport, so it is in race.jar
    JsonNode ours = resource(JsonReport.class.getClassLoader(), "dev/jrace/shadow/race-report.schema.json");
    assertEquals(ReportSchemas.RACE_REPORT_ID, ours.get("$id").asText());
  }

  @Test
  void schemasAreNeverFetchedFromTheNetwork() {
    // the location a SARIF document names in its $schema member is not on the classpath: refused, not fetched
    JsonSchemaFactory factory = ReportSchemas.offline(SpecVersion.VersionFlag.V7, ReportSchemas.SARIF_ID,
        "classpath:schema/sarif-schema-2.1.0.json");
    InvalidSchemaException refused = assertThrows(InvalidSchemaException.class,
        () -> factory.getSchema(SchemaLocation.of("https://json.schemastore.org/sarif-2.1.0.json")));
    assertTrue(refused.getMessage().contains("is not allowed to be loaded"), refused.getMessage());
  }

  private static ObjectNode submitted() {
    ObjectNode s = JSON.createObjectNode();
    s.putObject("thread").put("name", "main").put("running", true);
    s.putArray("stack").addObject().put("class", "com.acme.Main").put("method", "main").putNull("file").put("line", -1);
    return s;
  }

  /** A race's JSON line with its current access changed. */
  private static JsonNode with(Race race, Consumer<ObjectNode> change) throws Exception {
    ObjectNode line = (ObjectNode) JSON.readTree(JsonReport.format(race));
    change.accept((ObjectNode) line.get("current"));
    return line;
  }

  private static void assertValid(String line) throws Exception {
    assertValid(JSON.readTree(line));
  }

  private static void assertValid(JsonNode line) {
    Set<ValidationMessage> errors = ReportSchemas.raceReportErrors(line);
    assertTrue(errors.isEmpty(), errors + " in " + line);
  }

  private static void assertInvalid(JsonNode line) {
    assertFalse(ReportSchemas.raceReportErrors(line).isEmpty(), "race-report.schema.json accepts " + line);
  }

  private static void assertSarifValid(String document) throws Exception {
    JsonNode doc = JSON.readTree(document);
    Set<ValidationMessage> errors = ReportSchemas.sarifErrors(doc);
    assertTrue(errors.isEmpty(), errors + " in " + document);
  }

  private static void assertSarifInvalid(Consumer<ObjectNode> breakResult) throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(SarifReport.document(RACES));
    breakResult.accept((ObjectNode) doc.get("runs").get(0).get("results").get(1));
    assertFalse(ReportSchemas.sarifErrors(doc).isEmpty(), "the SARIF schema accepts " + doc);
  }

  private static JsonNode resource(ClassLoader loader, String name) throws Exception {
    try (InputStream in = loader.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return JSON.readTree(in);
    }
  }
}
