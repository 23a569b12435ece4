package dev.jrace.shadow;

import java.util.List;

/** How reports are written: text as Go's and TSan's, one JSON object per line, or a SARIF document at the end. */
public enum ReportFormat {
  TEXT, JSON, SARIF;

  /** The text for one race as it is found; null when the format writes races at the end only. */
  String race(Race race) {
    return switch (this) {
      case TEXT -> TextReport.format(race);
      case JSON -> JsonReport.format(race);
      case SARIF -> null;
    };
  }

  /**
   * The text that ends a run: the summary line (text, when there were races), the summary
   * object (JSON), the whole document (SARIF, also when there were none); null for nothing.
   */
  public String end(List<Race> shown, int races, int limit) {
    return switch (this) {
      case TEXT -> races == 0 ? null : TextReport.summary(races, limit);
      case JSON -> JsonReport.summary(races, limit);
      case SARIF -> SarifReport.document(shown);
    };
  }
}
