package racetest;

// A flag set with VarHandle.set and read with VarHandle.get: those are plain-mode accesses
// (memory semantics of a non-volatile field), so they synchronize nothing, even though the
// program "works". The data written before the flag races with the read after it.
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class JucRacyVarHandlePlain {
    static final VarHandle READY;

    static {
        try {
            READY = MethodHandles.lookup().findStaticVarHandle(JucRacyVarHandlePlain.class, "ready", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static int ready;
    static int data;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            data = 42; // race: racetest.JucRacyVarHandlePlain.data
            READY.set(1);
        });
        writer.start();
        while ((int) READY.get() == 0) {
            Thread.yield();
        }
        int d = data; // race: racetest.JucRacyVarHandlePlain.data
        writer.join();
    }
}
