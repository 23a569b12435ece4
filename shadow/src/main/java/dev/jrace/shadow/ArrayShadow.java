package dev.jrace.shadow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The shadows of one array's elements, made a chunk of 64 at a time as elements are first
 * touched (see {@link ArrayChunk}), so a large array that is read in one place costs little.
 * Holds no reference to its array.
 */
public final class ArrayShadow {
  private static final int CHUNK_BITS = 6;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final VarHandle CHUNKS = MethodHandles.arrayElementVarHandle(ArrayChunk[].class);

  public final int length;
  private final ArrayChunk[] chunks;

  public ArrayShadow(int length) {
    this.length = length;
    this.chunks = new ArrayChunk[(length + CHUNK - 1) >>> CHUNK_BITS];
  }

  /**
   * The epoch of the last read of element {@code index} (in bounds), or {@link Epoch#NONE} when it
   * has no state of its own yet: what the thunks compare with their own, without a lock.
   */
  public long readEpoch(int index) {
    return epoch(index, ArrayChunk.READ);
  }

  /** The epoch of the last write of element {@code index}; see {@link #readEpoch}. */
  public long writeEpoch(int index) {
    return epoch(index, ArrayChunk.WRITE);
  }

  private long epoch(int index, int kind) {
    ArrayChunk c = chunks[index >>> CHUNK_BITS]; // a plain load: a chunk's final fields are seen set
    return c == null ? Epoch.NONE : c.epoch(index & (CHUNK - 1), kind);
  }

  /** The chunk of element {@code index} (in bounds), made on first use. */
  ArrayChunk chunk(int index) {
    int c = index >>> CHUNK_BITS;
    ArrayChunk chunk = (ArrayChunk) CHUNKS.getAcquire(chunks, c);
    if (chunk == null) {
      ArrayChunk made = new ArrayChunk(Math.min(CHUNK, length - (c << CHUNK_BITS)));
      ArrayChunk won = (ArrayChunk) CHUNKS.compareAndExchange(chunks, c, (ArrayChunk) null, made);
      chunk = won == null ? made : won;
    }
    return chunk;
  }

  /** Element {@code index}'s place in its chunk. */
  static int inChunk(int index) {
    return index & (CHUNK - 1);
  }

  /** The first element of the chunk of element {@code index}. */
  static int chunkStart(int index) {
    return index & -CHUNK;
  }

  /** The element after the last of the chunk of element {@code index}. */
  int chunkEnd(int index) {
    return (int) Math.min(length, (long) chunkStart(index) + CHUNK);
  }
}
