package racetest.host;

/**
 * A static initializer hands an instance of its class to another thread and waits for it, which
 * reads and writes an instance field: a getfield or putfield does not wait for the class's
 * initialization, so the program finishes, and must under jrace too (whose instrumentation of
 * the access must not call a method of the class: an invokestatic would wait).
 */
public class InitReader {
    static class Holder {
        static final Holder FIRST;
        int value = 5;

        static {
            Holder h = new Holder();
            Thread reader = new Thread(new Reader(h), "reader");
            reader.start();
            try {
                reader.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            FIRST = h;
        }
    }

    static class Reader implements Runnable {
        final Holder h;

        Reader(Holder h) {
            this.h = h;
        }

        @Override
        public void run() {
            h.value++; // a field of a class whose initialization is not over, in another thread
        }
    }

    public static void main(String[] args) {
        System.out.println(Holder.FIRST.value);
    }
}
