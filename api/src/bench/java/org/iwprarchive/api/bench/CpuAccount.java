package org.iwprarchive.api.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where a benchmark's CPU time went, without a profiler: the CPU time of each thread of this JVM (sampled while
 * the work runs, since pools end their threads) grouped by what the thread does, and that of the PostgreSQL
 * processes the service started. Linux only for PostgreSQL (it reads {@code /proc}); elsewhere that part is 0.
 */
final class CpuAccount {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Function<String, String> group;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> startNanos = new HashMap<>();
    private final Map<Long, Long> lastNanos = new HashMap<>();
    private final Map<Long, Long> processStartTicks;
    private final Map<Long, Long> childStartTicks;
    private final Map<String, Long> internalStartTicks;
    private final Map<String, Long> internalLastTicks = new HashMap<>();
    private final long processStart;
    private final long classesStart = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    private final long compilingStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();

    /** @param group the group a thread belongs to, from its name */
    CpuAccount(Function<String, String> group) {
        this.group = group;
        this.processStart = processCpuNanos();
        this.processStartTicks = postgresTicks();
        this.childStartTicks = javaChildTicks();
        this.internalStartTicks = internalThreadTicks();
        sample(true);
    }

    /** Work whose CPU is accounted, as {@link #sampling} runs it. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} in this thread while another samples every thread's CPU five times a second (so that
     * threads which end meanwhile are seen), then takes a last sample. A null account only runs the work.
     */
    static void sampling(CpuAccount cpu, Work work) throws Exception {
        Thread sampler = new Thread(() -> {
            while (cpu != null && !Thread.currentThread().isInterrupted()) {
                cpu.sample();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            work.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        if (cpu != null) {
            cpu.sample();
        }
    }

    /** Reads every live thread's CPU time; call it often enough that short-lived threads are seen. */
    void sample() {
        sample(false);
    }

    private void sample(boolean first) {
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long cpu = THREADS.getThreadCpuTime(ids[i]);
            if (infos[i] == null || cpu < 0) {
                continue;
            }
            names.putIfAbsent(ids[i], infos[i].getThreadName());
            // a thread first seen after the start began after it: all of its time counts
            startNanos.putIfAbsent(ids[i], first ? cpu : 0L);
            lastNanos.put(ids[i], cpu);
        }
        internalLastTicks.putAll(internalThreadTicks());
    }

    /** The CPU seconds of each group and of PostgreSQL since this account began, most first. */
    Map<String, Double> seconds() {
        Map<String, Double> byGroup = new TreeMap<>();
        lastNanos.forEach((id, last) -> byGroup.merge(group.apply(names.get(id)),
                (last - startNanos.getOrDefault(id, 0L)) / 1e9, Double::sum));
        double jvm = (processCpuNanos() - processStart) / 1e9;
        double threads = total(byGroup);
        // the JIT compiler and the garbage collector run in threads of the JVM's own, seen in /proc only
        double internal = 0;
        for (Map.Entry<String, Long> thread : internalLastTicks.entrySet()) {
            double spent = (thread.getValue() - internalStartTicks.getOrDefault(thread.getKey(), 0L))
                    / (double) CLOCK_TICKS_PER_SECOND;
            String name = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
            byGroup.merge(name.contains("Compiler") ? "JIT compiler" : "garbage collector and VM", spent, Double::sum);
            internal += spent;
        }
        byGroup.put("threads that ended unseen", Math.max(0, jvm - threads - internal));
        long ticks = 0;
        for (Map.Entry<Long, Long> process : postgresTicks().entrySet()) {
            ticks += process.getValue() - processStartTicks.getOrDefault(process.getKey(), 0L);
        }
        byGroup.put("PostgreSQL", ticks / (double) CLOCK_TICKS_PER_SECOND);
        long children = 0;
        for (Map.Entry<Long, Long> process : javaChildTicks().entrySet()) {
            children += process.getValue() - childStartTicks.getOrDefault(process.getKey(), 0L);
        }
        if (children > 0) {
            byGroup.put("OpenSearch node", children / (double) CLOCK_TICKS_PER_SECOND);
        }
        Map<String, Double> sorted = new LinkedHashMap<>();
        byGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The sum of the groups' seconds, as {@link #seconds()} gave them. */
    static double total(Map<String, Double> seconds) {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * Prints the groups of one reading of {@link #seconds()} as table rows, with the milliseconds each costs per
     * unit of work: the caller's own figures then come from the same reading as the table.
     */
    void print(String prefix, Map<String, Double> seconds, int units, String unit) {
        double total = total(seconds);
        System.out.printf("%s| CPU of | seconds | ms per %s |%n", prefix, unit);
        seconds.forEach((name, s) -> System.out.printf("%s| %s | %.2f | %.2f |%n", prefix, name, s, s * 1000 / units));
        System.out.printf("%s| all | %.2f | %.2f |%n", prefix, total, total * 1000 / units);
        // a JIT compiler still busy long after start-up compiles code that keeps appearing, such as generated classes
        System.out.printf("%s%d classes loaded meanwhile; %.1f s spent compiling%n", prefix,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesStart,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingStart) / 1e3);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * User and system clock ticks of each PostgreSQL process of the machine (the embedded server detaches from
     * the JVM that starts it, so it is found by name; a benchmark machine runs no other).
     */
    private static Map<Long, Long> postgresTicks() {
        return ticksOf(ProcessHandle.allProcesses(), "/postgres");
    }

    /** User and system clock ticks of the JVMs this one started: the OpenSearch node of a benchmark on it. */
    private static Map<Long, Long> javaChildTicks() {
        return ticksOf(ProcessHandle.current().descendants(), "/java");
    }

    /** Clock ticks of each of {@code processes} whose command ends as given. */
    private static Map<Long, Long> ticksOf(java.util.stream.Stream<ProcessHandle> processes, String command) {
        Map<Long, Long> ticks = new HashMap<>();
        processes.filter(p -> p.info().command().map(c -> c.endsWith(command)).orElse(false))
                .forEach(p -> {
                    Long spent = ticks(Path.of("/proc", Long.toString(p.pid()), "stat"));
                    if (spent != null) {
                        ticks.put(p.pid(), spent);
                    }
                });
        return ticks;
    }

    /** Clock ticks of this JVM's threads that are not Java threads (compiler, GC, VM), by "tid name". */
    private static Map<String, Long> internalThreadTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (name.matches("(C\\d Compiler|GC Thread|G1 |VM |Sweeper).*")) {
                        Long spent = ticks(task.resolve("stat"));
                        if (spent != null) {
                            ticks.put(task.getFileName() + " " + name, spent);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            // not Linux: nothing to add
        }
        return ticks;
    }

    /** User plus system clock ticks from a /proc stat file, or null when it cannot be read. */
    private static Long ticks(Path stat) {
        try {
            String text = Files.readString(stat);
            // the fields after the command, which is in parentheses and may hold spaces
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
