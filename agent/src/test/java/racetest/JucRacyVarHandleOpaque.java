package racetest;

// A flag set with VarHandle.setOpaque and polled with getOpaque: opaque mode guarantees the
// flag's own coherence and progress, but no ordering of other variables (no happens-before), so
// the data written before the flag races with the read after it.
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class JucRacyVarHandleOpaque {
    static final VarHandle READY;

    static {
        try {
            READY = MethodHandles.lookup().findStaticVarHandle(JucRacyVarHandleOpaque.class, "ready", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static int ready;
    static int data;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            data = 42; // race: racetest.JucRacyVarHandleOpaque.data
            READY.setOpaque(1);
        });
        writer.start();
        while ((int) READY.getOpaque() == 0) {
            Thread.onSpinWait();
        }
        int d = data; // race: racetest.JucRacyVarHandleOpaque.data
        writer.join();
    }
}
