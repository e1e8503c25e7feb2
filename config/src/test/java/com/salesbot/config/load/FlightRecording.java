package com.salesbot.config.load;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A Java Flight Recorder recording of the measured run, when {@code -Dsalesbot.load.jfr=FILE} asks for one:
 * where the CPU goes under load is the first question after a slow run.
 */
final class FlightRecording implements AutoCloseable {
    private final Recording recording;
    private final Path file;

    private FlightRecording(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts recording with the JDK's "profile" settings, or does nothing when no file was asked for. */
    static FlightRecording startIfAsked() throws IOException {
        String file = System.getProperty("salesbot.load.jfr");
        if (file == null || file.isBlank()) {
            return new FlightRecording(null, null);
        }
        try {
            Recording recording = new Recording(
                    Configuration.getConfiguration(System.getProperty("salesbot.load.jfr.settings", "profile")));
            recording.start();
            return new FlightRecording(recording, Path.of(file));
        } catch (ParseException e) {
            throw new IOException("the JDK's profile settings could not be read", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (recording != null) {
            recording.stop();
            recording.dump(file);
            recording.close();
        }
    }
}
