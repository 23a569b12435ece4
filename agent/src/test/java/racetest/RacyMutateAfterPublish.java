package racetest;

// An object is safely published through a volatile field, but the writer mutates it afterwards: that field races.
public class RacyMutateAfterPublish {
    static class Message {
        String text;
        int version;
    }

    static volatile Message current;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            Message m = new Message();
            m.text = "hi";
            m.version = 1;
            current = m;
            m.version = 2; // race: racetest.RacyMutateAfterPublish$Message.version
        });
        writer.start();
        Message seen;
        while ((seen = current) == null) {
            Thread.yield();
        }
        String text = seen.text;
        int version = seen.version; // race: racetest.RacyMutateAfterPublish$Message.version
        writer.join();
        System.out.println(text + " " + version);
    }
}
