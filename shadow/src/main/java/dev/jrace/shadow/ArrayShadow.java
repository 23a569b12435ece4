package dev.jrace.shadow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The shadows of one array's elements, made chunk by chunk as elements are first touched, so a
 * large array that is read in one place costs little. Holds no reference to its array.
 *
 * <p>Besides a cell per element, a chunk has a whole-chunk state once an access touched every
 * element of it at once (a {@code System.arraycopy}, {@code Arrays.fill}, a clone): such
 * accesses are recorded there, once, rather than in a cell per element, and an element's own
 * cell, made on its first access alone, starts as a copy of it. An element's state is its cell
 * once it has one, else the whole-chunk state. A whole-chunk access checks and updates the
 * whole-chunk state, then the cells it finds; every access the whole-chunk state holds touched
 * every element, so a race found there is a race on each element without a cell.
 *
 * <p>A cell made while a whole-chunk access runs must not miss it. Cells and the whole-chunk
 * state are installed and read with volatile accesses: a cell made with no whole-chunk state
 * looks again after installing itself; if one appeared, the access that made it may not have
 * found the cell, which then takes the whole-chunk state (under its monitor, where whole-chunk
 * accesses update it) unless the cell has been used already. A cell made when there is a
 * whole-chunk state is copied from it under its monitor.
 */
public final class ArrayShadow {
  private static final int CHUNK_BITS = 6;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final VarHandle CHUNKS = MethodHandles.arrayElementVarHandle(VarState[][].class);
  private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(VarState[].class);

  public final int length;
  /** Per chunk: a cell per element, then the whole-chunk state (made by the first whole-chunk access). */
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

  /** Element {@code index}'s cell (in bounds) if it has been made, else null. */
  VarState madeCell(int index) {
    VarState[] chunk = (VarState[]) CHUNKS.getAcquire(chunks, index >>> CHUNK_BITS);
    return chunk == null ? null : (VarState) CELLS.getAcquire(chunk, index & (CHUNK - 1));
  }

  /** Element {@code i}'s cell in {@code chunk}, made on its first access (see above). */
  private static VarState makeCell(VarState[] chunk, int i) {
    int w = chunk.length - 1;
    VarState whole = (VarState) CELLS.getVolatile(chunk, w);
    if (whole != null) {
      synchronized (whole) {
        VarState made = whole.copy();
        VarState won = (VarState) CELLS.compareAndExchange(chunk, i, (VarState) null, made);
        return won == null ? made : won;
      }
    }
    VarState made = new VarState();
    VarState won = (VarState) CELLS.compareAndExchange(chunk, i, (VarState) null, made);
    if (won != null) {
      return won;
    }
    whole = (VarState) CELLS.getVolatile(chunk, w);
    if (whole != null) {
      synchronized (whole) {
        synchronized (made) { // the only place two shadows' monitors are held, always in this order
          if (made.untouched()) {
            made.copyFrom(whole);
          }
        }
      }
    }
    return made;
  }

  private VarState[] chunk(int c) {
    VarState[] chunk = (VarState[]) CHUNKS.getAcquire(chunks, c);
    if (chunk == null) {
      VarState[] made = new VarState[Math.min(CHUNK, length - (c << CHUNK_BITS)) + 1];
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

  /** The whole-chunk state of the chunk of element {@code index} (in bounds), made on first use. */
  VarState whole(int index) {
    VarState[] chunk = chunk(index >>> CHUNK_BITS);
    int w = chunk.length - 1;
    VarState whole = (VarState) CELLS.getVolatile(chunk, w);
    if (whole == null) {
      VarState made = new VarState();
      whole = (VarState) CELLS.compareAndExchange(chunk, w, (VarState) null, made);
      whole = whole == null ? made : whole;
    }
    return whole;
  }

  /** Element {@code index}'s cell if it has one, else null. */
  VarState cellIfMade(int index) {
    VarState[] chunk = (VarState[]) CHUNKS.getAcquire(chunks, index >>> CHUNK_BITS);
    return chunk == null ? null : (VarState) CELLS.getVolatile(chunk, index & (CHUNK - 1));
  }
}
