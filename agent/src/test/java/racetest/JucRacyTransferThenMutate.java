package racetest;

// LinkedTransferQueue misused: the producer transfer()s a message and, once transfer returned
// (the consumer has taken it), writes one of its fields as if the consumer were done with it.
// The consumer reads that field after take(): the hand-off orders the producer's earlier writes
// before the consumer, but nothing orders this later write with the consumer's read.
import java.util.concurrent.LinkedTransferQueue;

public class JucRacyTransferThenMutate {
    static final class Msg {
        int id;
        int state;
    }

    static final LinkedTransferQueue<Msg> queue = new LinkedTransferQueue<>();

    public static void main(String[] args) throws Exception {
        Thread consumer = new Thread(() -> {
            try {
                Msg m = queue.take();
                int id = m.id;
                int s = m.state; // race: racetest.JucRacyTransferThenMutate$Msg.state
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        Msg m = new Msg();
        m.id = 1;
        queue.transfer(m);
        m.state = 2; // race: racetest.JucRacyTransferThenMutate$Msg.state
        consumer.join();
    }
}
