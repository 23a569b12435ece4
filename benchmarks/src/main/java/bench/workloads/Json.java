package bench.workloads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * JSON with Jackson databind, like Go's encoding/json benchmarks (BenchmarkCodeDecoder/Encoder):
 * the same shape of document as Go's testdata/code.json, a tree of nodes, generated here with a
 * fixed seed; parsed into objects, and written back.
 */
public final class Json {
  /** One node of the tree, field for field Go's codeNode. */
  public static final class CodeNode {
    public String name;
    public List<CodeNode> kids = new ArrayList<>();
    public double cl_weight;
    public int touches;
    public long min_t;
    public long max_t;
    public long mean_t;
  }

  /** The document, Go's codeResponse. */
  public static final class CodeResponse {
    public CodeNode tree;
    public String username;
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final CodeResponse document;
  private final byte[] encoded;

  /** A tree of about {@code nodes} nodes. */
  public Json(int nodes) {
    Random random = new Random(1);
    CodeResponse response = new CodeResponse();
    response.username = "jrace";
    response.tree = node(random, new int[] {nodes}, 0);
    this.document = response;
    try {
      this.encoded = mapper.writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CodeNode node(Random random, int[] budget, int depth) {
    CodeNode n = new CodeNode();
    budget[0]--;
    n.name = "/src/pkg/" + Long.toString(random.nextLong() & 0xffffffL, 36) + (depth == 0 ? "" : ".go");
    n.cl_weight = random.nextDouble();
    n.touches = random.nextInt(1000);
    n.min_t = 1_300_000_000L + random.nextInt(100_000_000);
    n.max_t = n.min_t + random.nextInt(10_000_000);
    n.mean_t = (n.min_t + n.max_t) / 2;
    int kids = depth >= 8 ? 0 : random.nextInt(depth < 2 ? 8 : 5);
    for (int k = 0; k < kids && budget[0] > 0; k++) {
      n.kids.add(node(random, budget, depth + 1));
    }
    return n;
  }

  public int encodedSize() {
    return encoded.length;
  }

  /** Parses the document into objects; returns a digest. */
  public long decode() {
    try {
      CodeResponse r = mapper.readValue(encoded, CodeResponse.class);
      return count(r.tree) + r.username.length();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the document; returns its length. */
  public int encode() {
    try {
      return mapper.writeValueAsBytes(document).length;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(CodeNode n) {
    long c = n.touches;
    for (CodeNode k : n.kids) {
      c += count(k);
    }
    return c;
  }
}
