package racetest;

// Child writes instance fields of every type, parent reads them before join: one race per field.
public class RacyInstanceFieldsAllTypes {
    static class Holder {
        boolean z;
        byte b;
        char c;
        short s;
        int i;
        long j;
        float f;
        double d;
        Object ref;
    }

    public static void main(String[] args) throws Exception {
        Holder h = new Holder();
        Thread t = new Thread(() -> {
            h.z = true; // race: racetest.RacyInstanceFieldsAllTypes$Holder.z
            h.b = 1; // race: racetest.RacyInstanceFieldsAllTypes$Holder.b
            h.c = 'x'; // race: racetest.RacyInstanceFieldsAllTypes$Holder.c
            h.s = 2; // race: racetest.RacyInstanceFieldsAllTypes$Holder.s
            h.i = 3; // race: racetest.RacyInstanceFieldsAllTypes$Holder.i
            h.j = 4L; // race: racetest.RacyInstanceFieldsAllTypes$Holder.j
            h.f = 5.0f; // race: racetest.RacyInstanceFieldsAllTypes$Holder.f
            h.d = 6.0; // race: racetest.RacyInstanceFieldsAllTypes$Holder.d
            h.ref = "seven"; // race: racetest.RacyInstanceFieldsAllTypes$Holder.ref
        });
        t.start();
        boolean z = h.z; // race: racetest.RacyInstanceFieldsAllTypes$Holder.z
        byte b = h.b; // race: racetest.RacyInstanceFieldsAllTypes$Holder.b
        char c = h.c; // race: racetest.RacyInstanceFieldsAllTypes$Holder.c
        short s = h.s; // race: racetest.RacyInstanceFieldsAllTypes$Holder.s
        int i = h.i; // race: racetest.RacyInstanceFieldsAllTypes$Holder.i
        long j = h.j; // race: racetest.RacyInstanceFieldsAllTypes$Holder.j
        float f = h.f; // race: racetest.RacyInstanceFieldsAllTypes$Holder.f
        double d = h.d; // race: racetest.RacyInstanceFieldsAllTypes$Holder.d
        Object ref = h.ref; // race: racetest.RacyInstanceFieldsAllTypes$Holder.ref
        t.join();
        System.out.println(z + " " + b + " " + (int) c + " " + s + " " + i + " " + j + " " + f + " " + d + " " + ref);
    }
}
