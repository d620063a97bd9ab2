package dev.crosswalk.bench.drills;

import dev.crosswalk.testsupport.KafkaBroker;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs one embedded KRaft broker in its own JVM, so that a drill can kill it with SIGKILL as a crash
 * would, and start it again on the same ports and data. Arguments: data directory, port, controller
 * port, partitions, topics to create. Prints {@value #READY} once the topics exist.
 */
public final class BrokerMain {
    static final String READY = "BROKER READY";

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        KafkaBroker broker = new KafkaBroker(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        broker.start();
        broker.createTopics(Arrays.copyOfRange(args, 4, args.length));
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();
    }
}
