package racetest;

// Threads made by Thread.ofVirtual(), Thread.startVirtualThread and Thread.ofPlatform() are
// started after what their parent wrote and joined before the parent reads what they wrote:
// no race.
public class VtNoRaceBuilders {
    static int shared;

    public static void main(String[] args) throws Exception {
        shared = 1;
        Thread.ofVirtual().start(() -> shared++).join();
        shared++;
        Thread.startVirtualThread(() -> shared++).join();
        shared++;
        Thread.ofPlatform().name("worker").start(() -> shared++).join();
        shared++;
        Thread made = Thread.ofVirtual().factory().newThread(() -> shared++);
        made.start();
        made.join();
        if (shared != 8) {
            throw new AssertionError(shared);
        }
    }
}
