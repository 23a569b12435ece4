package bench.workloads;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Deterministic input text for the third-party workloads: English-like lines of words, numbers,
 * e-mail addresses, dates and URLs, drawn from {@link Random} with a fixed seed, so that every run
 * and every mode sees the same bytes.
 */
public final class Corpus {
  private static final String[] WORDS = {
    "the", "of", "and", "to", "in", "race", "detector", "thread", "memory", "access", "lock",
    "happens", "before", "shadow", "vector", "clock", "epoch", "read", "write", "field", "array",
    "method", "stack", "report", "heap", "garbage", "collector", "compiler", "virtual", "machine",
    "benchmark", "regular", "expression", "compress", "json", "parse", "value", "object", "string",
    "number", "Monday", "Tuesday", "January", "October", "Alice", "Bob", "Carol", "Dave", "server",
    "client", "request", "response", "error", "warning", "info", "debug", "trace", "latency",
  };
  private static final String[] DOMAINS = {"example.com", "mail.example.org", "jrace.dev", "test.net"};

  private Corpus() {}

  /** About {@code size} characters of text (whole lines), the same for the same seed. */
  public static String text(int size, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(size + 256);
    while (out.length() < size) {
      int kind = random.nextInt(10);
      switch (kind) {
        case 0 -> out.append(String.format("%04d-%02d-%02d %02d:%02d:%02d ",
            2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28),
            random.nextInt(24), random.nextInt(60), random.nextInt(60)));
        case 1 -> out.append(WORDS[random.nextInt(WORDS.length)].toLowerCase())
            .append('.').append(random.nextInt(1000)).append('@')
            .append(DOMAINS[random.nextInt(DOMAINS.length)]).append(' ');
        case 2 -> out.append("https://").append(DOMAINS[random.nextInt(DOMAINS.length)])
            .append('/').append(WORDS[random.nextInt(WORDS.length)])
            .append("?id=").append(random.nextInt(100_000)).append(' ');
        default -> {
          int words = 3 + random.nextInt(12);
          for (int w = 0; w < words; w++) {
            out.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(8) == 0) {
              out.append(' ').append(random.nextInt(10_000));
            }
            out.append(w + 1 < words ? ' ' : '.');
          }
          out.append(random.nextInt(4) == 0 ? '\n' : ' ');
        }
      }
    }
    return out.toString();
  }

  /** {@link #text} as UTF-8 (ASCII) bytes. */
  public static byte[] bytes(int size, long seed) {
    return text(size, seed).getBytes(StandardCharsets.UTF_8);
  }
}
