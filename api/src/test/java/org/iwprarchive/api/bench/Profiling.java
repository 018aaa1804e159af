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

    static Profiling startIfAsked() throws IOException, ParseException {
        String file = System.getProperty("bench.jfr");
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
