package dev.crosswalk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CPU time (user + system) of processes, read from {@code /proc} (Linux). On a shared machine the
 * records/s of a run move with the other load; the CPU a process spent per record moves much less.
 * Elsewhere, or when a process is not found, it answers nothing and the bench reports no CPU figures.
 */
final class ProcessCpu {
    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) to user space. */
    private static final double MILLIS_PER_TICK = 10;

    private ProcessCpu() {
    }

    /** A child process of this JVM (a service started by the bench), by a part of its command line. */
    static Optional<ProcessHandle> child(String commandLinePart) {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains(commandLinePart)).orElse(false))
                .findFirst();
    }

    /** The PostgreSQL server (postmaster) listening on the port. */
    static Optional<ProcessHandle> postgres(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine()
                        .map(c -> c.contains("bin/postgres") && c.contains(" -p " + port + " ")).orElse(false))
                .findFirst();
    }

    /**
     * CPU milliseconds spent so far by the process; with {@code tree}, also by its live descendants and
     * the children it already reaped (PostgreSQL runs a process per connection).
     */
    static Optional<Double> millis(ProcessHandle process, boolean tree) {
        Optional<long[]> own = stat(process.pid());
        if (own.isEmpty()) {
            return Optional.empty();
        }
        long ticks = own.get()[0] + own.get()[1] + (tree ? own.get()[2] + own.get()[3] : 0);
        if (tree) {
            ticks += process.descendants().map(d -> stat(d.pid())).flatMap(Optional::stream)
                    .mapToLong(t -> t[0] + t[1]).sum();
        }
        return Optional.of(ticks * MILLIS_PER_TICK);
    }

    /** CPU milliseconds the process's JIT compiler threads (C1, C2) spent so far. */
    static Optional<Double> compilerMillis(ProcessHandle process) {
        // thread names are folded: "C1 CompilerThre", "C2 CompilerThre" both read "C# CompilerThre"
        return threads(process).map(spent -> spent.entrySet().stream()
                .filter(thread -> thread.getKey().startsWith("C# Compiler"))
                .mapToDouble(Map.Entry::getValue).sum());
    }

    /**
     * CPU milliseconds the process's live threads spent so far, by thread name with digits folded
     * ({@code executor-thread-#}, {@code C# CompilerThre}, ...); empty when /proc cannot be read. Threads that
     * ended are not counted.
     */
    static Map<String, Double> byThreadName(ProcessHandle process) {
        return threads(process).orElse(Map.of());
    }

    private static Optional<Map<String, Double>> threads(ProcessHandle process) {
        Map<String, Double> spent = new TreeMap<>();
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        try (var threads = Files.list(tasks)) {
            threads.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "#");
                    stat(task).ifPresent(t -> spent.merge(name, (t[0] + t[1]) * MILLIS_PER_TICK, Double::sum));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
        return Optional.of(spent);
    }

    /**
     * Read and write system calls (read, recv, write, send and kin) the process made so far, from
     * {@code /proc/<pid>/io}; empty when it cannot be read.
     */
    static Optional<long[]> readWriteCalls(ProcessHandle process) {
        try {
            long reads = -1;
            long writes = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "io"))) {
                if (line.startsWith("syscr:")) {
                    reads = Long.parseLong(line.substring(6).strip());
                } else if (line.startsWith("syscw:")) {
                    writes = Long.parseLong(line.substring(6).strip());
                }
            }
            return reads < 0 || writes < 0 ? Optional.empty() : Optional.of(new long[] {reads, writes});
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** utime, stime, cutime, cstime of {@code /proc/<pid>/stat}. */
    private static Optional<long[]> stat(long pid) {
        return stat(Path.of("/proc", Long.toString(pid)));
    }

    /** The same for a process or thread directory under /proc. */
    private static Optional<long[]> stat(Path procDir) {
        try {
            String stat = Files.readString(procDir.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state) of proc(5): utime is field 14, stime 15, cutime 16, cstime 17
            return Optional.of(new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14])});
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }
}
