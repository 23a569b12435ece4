package dev.jrace.shadow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The states of up to 64 consecutive elements of one array, kept in flat arrays rather than an
 * object per element, and the chunk's whole-chunk state.
 *
 * <p>An access of every element at once (a {@code System.arraycopy}, an {@code Arrays.fill}, a
 * clone) is recorded once, in the whole-chunk state. An element without a state of its own has
 * the whole-chunk state; its first access alone gives it its own, a copy of the whole-chunk
 * state. A whole-chunk access checks and updates the whole-chunk state and every element's own
 * state: a race found in the whole-chunk state is a race on each element that has none of its
 * own. The elements' arrays are made by the first access of a single element, so a chunk only
 * ever copied whole costs two small objects.
 *
 * <p>Every change happens under this chunk's monitor. The thunks read {@link #epochs} without
 * it ("same epoch as my last access?"); an element with no state of its own has epochs
 * {@link Epoch#NONE} there, so its first access takes the slow path.
 */
public final class ArrayChunk {
  static final int READ = 0;
  static final int WRITE = 1;
  private static final int FIELDS = 6;
  private static final VarHandle EPOCHS;
  /** The state of an element of a chunk never accessed whole that has none of its own. */
  private static final VarState NOTHING = new VarState();

  static {
    try {
      EPOCHS = MethodHandles.lookup().findVarHandle(ArrayChunk.class, "epochs", long[].class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final int size;
  /** The whole-chunk state, made by the first whole-chunk access. */
  private VarState whole;
  /**
   * Per element, its read epoch then its write epoch; null before the first element's own
   * state. Published after it is filled in, so the thunks find the epochs or nothing.
   */
  long[] epochs;
  /** Per element, the read's then the write's history position. */
  private long[] positions;
  /** Per element, {@link #FIELDS} ints: the read's and the write's site, last call and lock set. */
  private int[] fields;
  /** Per element, the candidate locks; made by the first access that holds a named lock. */
  private String[][] guards;
  /** Per element, the concurrent reads; made when reads first become concurrent. */
  private ReadSet[] reads;
  /** The elements with a state of their own, one bit each. */
  private long owned;

  ArrayChunk(int size) {
    this.size = size;
  }

  /** The epoch of {@code kind} (READ or WRITE) of element {@code element}, or NONE; no lock needed. */
  long epoch(int element, int kind) {
    long[] e = epochs;
    return e == null ? Epoch.NONE : e[(element << 1) + kind];
  }

  /** The whole-chunk state, made on first use; the caller holds this chunk's monitor. */
  VarState whole() {
    VarState w = whole;
    return w != null ? w : (whole = new VarState());
  }

  /** The elements with a state of their own, one bit each. */
  long owned() {
    return owned;
  }

  /**
   * Whether an access of {@code kind} at {@code epoch} of elements {@code [from, to)}, or of
   * the whole chunk, is recorded already in every state it touches; no lock needed.
   */
  boolean recorded(int from, int to, boolean wholeChunk, int kind, long epoch) {
    if (wholeChunk) {
      VarState w = whole;
      if (w == null || (kind == READ ? w.readEpoch : w.writeEpoch) != epoch) {
        return false;
      }
      for (long own = owned; own != 0; own &= own - 1) {
        if (epoch(Long.numberOfTrailingZeros(own), kind) != epoch) {
          return false;
        }
      }
      return true;
    }
    for (int k = from; k < to; k++) {
      if (epoch(k, kind) != epoch) {
        return false;
      }
    }
    return true;
  }

  boolean owns(int element) {
    return (owned & (1L << element)) != 0;
  }

  /** Copies element {@code element}'s state into {@code v}, its own or, if it has none, the whole-chunk state's. */
  void load(int element, VarState v) {
    if (!owns(element)) {
      v.copyFrom(whole == null ? NOTHING : whole);
      return;
    }
    v.readEpoch = epochs[2 * element];
    v.writeEpoch = epochs[2 * element + 1];
    v.readPosition = positions[2 * element];
    v.writePosition = positions[2 * element + 1];
    int f = FIELDS * element;
    v.readSite = fields[f];
    v.writeSite = fields[f + 1];
    v.readAt = fields[f + 2];
    v.writeAt = fields[f + 3];
    v.readLocks = fields[f + 4];
    v.writeLocks = fields[f + 5];
    v.guards = guards == null ? null : guards[element];
    v.reads = reads == null ? null : reads[element];
  }

  /** Records an access of {@code kind} (READ or WRITE) in element {@code element}'s own state, which it has. */
  void set(int element, int kind, long epoch, int site, long position, int at, int locks) {
    positions[2 * element + kind] = position;
    int f = FIELDS * element + kind;
    fields[f] = site;
    fields[f + 2] = at;
    fields[f + 4] = locks;
    epochs[2 * element + kind] = epoch;
  }

  /** Copies {@code v} into element {@code element}'s own state. */
  void store(int element, VarState v) {
    if (epochs == null) {
      positions = new long[2 * size];
      fields = new int[FIELDS * size];
      EPOCHS.setRelease(this, new long[2 * size]);
    }
    positions[2 * element] = v.readPosition;
    positions[2 * element + 1] = v.writePosition;
    int f = FIELDS * element;
    fields[f] = v.readSite;
    fields[f + 1] = v.writeSite;
    fields[f + 2] = v.readAt;
    fields[f + 3] = v.writeAt;
    fields[f + 4] = v.readLocks;
    fields[f + 5] = v.writeLocks;
    if (v.guards != null && guards == null) {
      guards = new String[size][];
    }
    if (guards != null) {
      guards[element] = v.guards;
    }
    if (v.reads != null && reads == null) {
      reads = new ReadSet[size];
    }
    if (reads != null) {
      reads[element] = v.reads;
    }
    owned |= 1L << element;
    epochs[2 * element] = v.readEpoch;
    epochs[2 * element + 1] = v.writeEpoch;
  }
}
