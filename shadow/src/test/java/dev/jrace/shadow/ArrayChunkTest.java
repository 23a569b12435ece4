package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** An array chunk's element states: what is stored or set is what is loaded. */
class ArrayChunkTest {
  private static VarState state(long readEpoch, int readSite, long readPosition, int readAt, int readLocks,
      long writeEpoch, int writeSite, long writePosition, int writeAt, int writeLocks) {
    VarState v = new VarState();
    v.readEpoch = readEpoch;
    v.readSite = readSite;
    v.readPosition = readPosition;
    v.readAt = readAt;
    v.readLocks = readLocks;
    v.writeEpoch = writeEpoch;
    v.writeSite = writeSite;
    v.writePosition = writePosition;
    v.writeAt = writeAt;
    v.writeLocks = writeLocks;
    return v;
  }

  private static String describe(VarState v) {
    return "read " + v.readEpoch + "@" + v.readSite + "/" + v.readPosition + "/" + v.readAt + "/" + v.readLocks
        + " write " + v.writeEpoch + "@" + v.writeSite + "/" + v.writePosition + "/" + v.writeAt + "/" + v.writeLocks;
  }

  /** Random stores and sets of a few elements agree with a plain copy kept per element. */
  @Test
  void agreesWithAStateKeptPerElementUnderRandomAccesses() {
    Random random = new Random(7);
    for (int size : new int[] {1, 5, 64}) {
      ArrayChunk c = new ArrayChunk(size);
      VarState[] model = new VarState[size];
      for (int step = 0; step < 20_000; step++) {
        int k = random.nextInt(size);
        int site = random.nextInt(3);
        long position = random.nextInt(random.nextBoolean() ? 2 : 300);
        int at = random.nextInt(2);
        int locks = random.nextInt(2);
        long epoch = Epoch.of(random.nextInt(4), 1 + random.nextInt(50));
        if (model[k] == null || random.nextInt(4) == 0) {
          VarState v = state(epoch, site, position, at, locks,
              Epoch.of(1, 1 + random.nextInt(9)), random.nextInt(3), random.nextInt(300), at, 1 - locks);
          c.store(k, v);
          model[k] = v;
        } else {
          boolean write = random.nextBoolean();
          c.set(k, write ? ArrayChunk.WRITE : ArrayChunk.READ, epoch, site, position, at, locks);
          VarState m = model[k];
          if (write) {
            model[k] = state(m.readEpoch, m.readSite, m.readPosition, m.readAt, m.readLocks,
                epoch, site, position, at, locks);
          } else {
            model[k] = state(epoch, site, position, at, locks,
                m.writeEpoch, m.writeSite, m.writePosition, m.writeAt, m.writeLocks);
          }
        }
        VarState loaded = new VarState();
        for (int e = 0; e < size; e++) {
          if (model[e] != null) {
            c.load(e, loaded);
            assertEquals(describe(model[e]), describe(loaded), "size " + size + " step " + step + " element " + e);
            assertEquals(model[e].readEpoch, c.epoch(e, ArrayChunk.READ));
            assertEquals(model[e].writeEpoch, c.epoch(e, ArrayChunk.WRITE));
          }
        }
      }
    }
  }
}
