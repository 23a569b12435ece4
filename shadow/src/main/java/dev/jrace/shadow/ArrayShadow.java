package dev.jrace.shadow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The shadows of one array's elements, made chunk by chunk as elements are first touched, so a
 * large array that is read in one place costs little. Holds no reference to its array.
 */
public final class ArrayShadow {
  private static final int CHUNK_BITS = 6;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final VarHandle CHUNKS = MethodHandles.arrayElementVarHandle(VarState[][].class);
  private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(VarState[].class);

  public final int length;
  private final VarState[][] chunks;

  public ArrayShadow(int length) {
    this.length = length;
    this.chunks = new VarState[(length + CHUNK - 1) >>> CHUNK_BITS][];
  }

  /** The shadow of element {@code index}, which the caller has checked is in bounds. */
  public VarState cell(int index) {
    int c = index >>> CHUNK_BITS;
    VarState[] chunk = (VarState[]) CHUNKS.getAcquire(chunks, c);
    if (chunk == null) {
      VarState[] made = new VarState[CHUNK];
      VarState[] won = (VarState[]) CHUNKS.compareAndExchange(chunks, c, (VarState[]) null, made);
      chunk = won == null ? made : won;
    }
    int i = index & (CHUNK - 1);
    VarState v = (VarState) CELLS.getAcquire(chunk, i);
    if (v == null) {
      VarState made = new VarState();
      VarState won = (VarState) CELLS.compareAndExchange(chunk, i, (VarState) null, made);
      v = won == null ? made : won;
    }
    return v;
  }
}
