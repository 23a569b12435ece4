package bench.workloads;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * bzip2 with Apache Commons Compress, like Go's compress/bzip2 (whose package tests only
 * decompress): compress a fixed text, and decompress it again.
 */
public final class Bzip2 {
  private final byte[] plain;
  private final byte[] compressed;
  private final byte[] buffer = new byte[8192];

  /** {@code size} bytes of {@link Corpus} text; compressed with 100 k blocks. */
  public Bzip2(int size) {
    this.plain = Corpus.bytes(size, 7);
    this.compressed = compress(plain);
    if (!Arrays.equals(plain, decompress(compressed, new byte[8192]))) {
      throw new IllegalStateException("bzip2 round trip differs");
    }
  }

  public int plainSize() {
    return plain.length;
  }

  /** Compresses the text; returns the compressed length. */
  public int compress() {
    return compress(plain).length;
  }

  /** Decompresses the compressed text; returns a digest of the bytes. */
  public long decompress() {
    try (BZip2CompressorInputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed))) {
      long digest = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest = digest * 31 + n + buffer[n - 1];
      }
      return digest;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] compress(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3);
    try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out, 1)) {
      bz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] decompress(byte[] data, byte[] buffer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
    try (BZip2CompressorInputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(data))) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
