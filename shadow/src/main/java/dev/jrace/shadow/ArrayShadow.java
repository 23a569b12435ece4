package dev.jrace.shadow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The shadows of one array's elements, made chunk by chunk as elements are first touched, so a
 * large array that is read in one place costs little. Holds no reference to its array.
 *
 * <p>Besides a cell per element, each chunk has a whole-chunk state: the accesses that touched
 * every element of the chunk at once (a {@code System.arraycopy}, {@code Arrays.fill}, a clone)
 * are recorded there, once, rather than in a cell per element; an element's own cell is made on
 * its first access of its own, as a copy of the whole-chunk state. An element's state is its
 * cell once it has one, else the whole-chunk state. A whole-chunk access checks and updates the
 * whole-chunk state, then the cells it finds: cells are made under the whole-chunk state's
 * monitor, so each is made either before that access (which then finds it) or after it (a copy
 * of what it recorded). Every access the whole-chunk state holds touched every element, so a
 * race found there is a race on each element without a cell.
 */
public final class ArrayShadow {
  private static final int CHUNK_BITS = 6;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final VarHandle CHUNKS = MethodHandles.arrayElementVarHandle(VarState[][].class);
  private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(VarState[].class);

  public final int length;
  /** Per chunk: a cell per element, then the whole-chunk state (made with the chunk). */
  private final VarState[][] chunks;

  public ArrayShadow(int length) {
    this.length = length;
    this.chunks = new VarState[(length + CHUNK - 1) >>> CHUNK_BITS][];
  }

  /** The shadow of element {@code index}, which the caller has checked is in bounds. */
  public VarState cell(int index) {
    VarState[] chunk = chunk(index >>> CHUNK_BITS);
    int i = index & (CHUNK - 1);
    VarState v = (VarState) CELLS.getAcquire(chunk, i);
    return v != null ? v : makeCell(chunk, i);
  }

  /** Element {@code i}'s cell in {@code chunk}, made from the whole-chunk state. */
  private static VarState makeCell(VarState[] chunk, int i) {
    VarState whole = chunk[chunk.length - 1];
    synchronized (whole) {
      VarState v = (VarState) CELLS.getAcquire(chunk, i);
      if (v == null) {
        v = whole.copy();
        CELLS.setRelease(chunk, i, v);
      }
      return v;
    }
  }

  private VarState[] chunk(int c) {
    VarState[] chunk = (VarState[]) CHUNKS.getAcquire(chunks, c);
    if (chunk == null) {
      VarState[] made = new VarState[Math.min(CHUNK, length - (c << CHUNK_BITS)) + 1];
      made[made.length - 1] = new VarState();
      VarState[] won = (VarState[]) CHUNKS.compareAndExchange(chunks, c, (VarState[]) null, made);
      chunk = won == null ? made : won;
    }
    return chunk;
  }

  /** The first element of the chunk of element {@code index}. */
  static int chunkStart(int index) {
    return index & -CHUNK;
  }

  /** The element after the last of the chunk of element {@code index}. */
  int chunkEnd(int index) {
    return (int) Math.min(length, (long) chunkStart(index) + CHUNK);
  }

  /** The whole-chunk state of the chunk of element {@code index} (in bounds). */
  VarState whole(int index) {
    VarState[] chunk = chunk(index >>> CHUNK_BITS);
    return chunk[chunk.length - 1];
  }

  /** Element {@code index}'s cell if it has one, else null. */
  VarState cellIfMade(int index) {
    VarState[] chunk = (VarState[]) CHUNKS.getAcquire(chunks, index >>> CHUNK_BITS);
    return chunk == null ? null : (VarState) CELLS.getAcquire(chunk, index & (CHUNK - 1));
  }
}
