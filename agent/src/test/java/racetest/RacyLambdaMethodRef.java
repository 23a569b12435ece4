package racetest;

// A lambda and a method reference, each run by two threads, update unsynchronized fields.
public class RacyLambdaMethodRef {
    static int viaLambda;
    int viaRef;

    void work() {
        viaRef += 2; // race: racetest.RacyLambdaMethodRef.viaRef
    }

    public static void main(String[] args) throws Exception {
        RacyLambdaMethodRef obj = new RacyLambdaMethodRef();
        Runnable lambda = () -> {
            viaLambda++; // race: racetest.RacyLambdaMethodRef.viaLambda
        };
        Runnable ref = obj::work;
        Thread[] ts = {new Thread(lambda), new Thread(lambda), new Thread(ref), new Thread(ref)};
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println(viaLambda + " " + obj.viaRef);
    }
}
