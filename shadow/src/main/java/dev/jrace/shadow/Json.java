package dev.jrace.shadow;

/** A small JSON writer: objects (and arrays within them) appended to a StringBuilder, strings escaped. */
final class Json {
  private final StringBuilder b;
  private boolean first = true;

  private Json(StringBuilder b) {
    this.b = b;
  }

  static Json object(StringBuilder b) {
    b.append('{');
    return new Json(b);
  }

  private StringBuilder next() {
    if (!first) {
      b.append(',');
    }
    first = false;
    return b;
  }

  private StringBuilder key(String key) {
    return string(next(), key).append(':');
  }

  Json field(String key, String value) {
    StringBuilder out = key(key);
    if (value == null) {
      out.append("null");
    } else {
      string(out, value);
    }
    return this;
  }

  Json field(String key, long value) {
    key(key).append(value);
    return this;
  }

  Json field(String key, boolean value) {
    key(key).append(value);
    return this;
  }

  /** Starts an object under {@code key}; close it with {@link #end()}. */
  Json object(String key) {
    key(key).append('{');
    return new Json(b);
  }

  /** Starts an array under {@code key}; close it with {@link #endArray()}. */
  Json array(String key) {
    key(key).append('[');
    return new Json(b);
  }

  /** A string as the next element of this array. */
  Json value(String value) {
    string(next(), value);
    return this;
  }

  /** Starts an object as the next element of this array. */
  Json element() {
    next().append('{');
    return new Json(b);
  }

  void end() {
    b.append('}');
  }

  void endArray() {
    b.append(']');
  }

  static StringBuilder string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"');
  }
}
