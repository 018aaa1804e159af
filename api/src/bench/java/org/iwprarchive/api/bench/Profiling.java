package org.iwprarchive.api.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** A JFR recording of a benchmark's measured part, when {@code -Dbench.jfr=file.jfr} asks for one. */
final class Profiling implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private Profiling(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /**
     * Says so when the JVM runs with assertions on, as Maven's test plugins start it unless told
     * {@code -DenableAssertions=false}: Lucene's and Hibernate's assertions then cost CPU a deployed service never
     * spends (a filtered search measured 0.3 ms of 7.8 more).
     */
    static void warnIfAssertionsOn(String prefix) {
        boolean on = false;
        assert on = true;
        if (on) {
            System.out.println(prefix + "JVM assertions are on (-ea): figures are slower than a deployed service's;"
                    + " run with -DenableAssertions=false");
        }
    }

    static Profiling startIfAsked() throws IOException, ParseException {
        return startIfAsked("bench.jfr");
    }

    /** A recording when the system property {@code property} names a file to write it to. */
    static Profiling startIfAsked(String property) throws IOException, ParseException {
        String file = System.getProperty(property);
        if (file == null) {
            return new Profiling(null, null);
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return new Profiling(recording, Path.of(file));
    }

    /** Writes the recording to the file asked for. */
    @Override
    public void close() throws IOException {
        if (recording != null) {
            recording.dump(file);
            recording.close();
        }
    }
}
