package dev.jrace.shadow;

/**
 * The shadow of one variable (a field of one object, or one array element), FastTrack-style:
 * the epoch and site of the last write, and of the last read, widened into a {@link ReadSet}
 * only while reads by several threads are concurrent.
 *
 * <p>The two epoch fields are read without a lock by the thunks' fast path ("same epoch as my
 * last access?"); every change happens in {@link Detector} under this object's monitor. (An
 * array element's state is kept flat in its {@link ArrayChunk}, and copied into one of these
 * while the rules work on it.)
 */
public final class VarState {
  /** {@link #readEpoch} value while the reads are kept in {@link #reads}. */
  public static final long SHARED = -1L;

  public long readEpoch;
  public long writeEpoch;
  int readSite;
  int writeSite;
  /**
   * Where the reading and writing threads were in their histories (see History), and the call
   * they made last ({@code ThreadState.at}: the caller's line when the access is in a method that
   * keeps no frame), to restore their stacks.
   */
  long readPosition;
  long writePosition;
  int readAt;
  int writeAt;
  /** The locks the reading and writing threads held (sets of LockSets). */
  int readLocks;
  int writeLocks;
  /**
   * The named locks every recorded access held (Eraser's candidate set): null before the
   * first; a report says which of them the racing access did not hold.
   */
  String[] guards;
  ReadSet reads;

  /** Takes {@code other}'s state as a copy that changes apart from it (its read set copied too). */
  void copyFrom(VarState other) {
    readEpoch = other.readEpoch;
    writeEpoch = other.writeEpoch;
    readSite = other.readSite;
    writeSite = other.writeSite;
    readPosition = other.readPosition;
    writePosition = other.writePosition;
    readAt = other.readAt;
    writeAt = other.writeAt;
    readLocks = other.readLocks;
    writeLocks = other.writeLocks;
    guards = other.guards; // never changed, only replaced (Guards)
    reads = other.reads == null ? null : new ReadSet(other.reads);
  }

  @Override
  public String toString() {
    return "write " + Epoch.toString(writeEpoch) + " read "
        + (readEpoch == SHARED ? reads.toString() : Epoch.toString(readEpoch));
  }
}
