package com.salesbot.adapter.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** An in-process MongoDB (mongo-java-server) on 127.0.0.1, kept in an H2 file or in memory. */
public final class EmbeddedMongo implements AutoCloseable {
    /** The location that asks for a memory backend instead of a file. */
    public static final String MEMORY = "memory";

    private final MongoServer server;
    private final H2Backend fileBackend;
    private final String connectionString;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMongo(MongoServer server, H2Backend fileBackend, int port) {
        this.server = server;
        this.fileBackend = fileBackend;
        server.bind("127.0.0.1", port);
        this.connectionString = server.getConnectionString();
    }

    /** Starts on {@value #MEMORY} or on an H2 file path such as {@code data/salesbot.mv}. */
    public static EmbeddedMongo start(String location) {
        // Port 0: the OS picks a free port, so tests and a second bot on the same host never clash.
        return start(location, 0);
    }

    /** Starts on a given loopback port, e.g. to restart a server where its clients expect it. */
    public static EmbeddedMongo start(String location, int port) {
        return MEMORY.equalsIgnoreCase(location.trim()) ? inMemory(port) : onFile(Path.of(location), port);
    }

    /** Starts with nothing kept after {@link #close()}. */
    public static EmbeddedMongo inMemory() {
        return inMemory(0);
    }

    private static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(new MongoServer(new MemoryBackend()), null, port);
    }

    /** Starts on an H2 file, creating its parent directories. */
    public static EmbeddedMongo onFile(Path file) {
        return onFile(file, 0);
    }

    private static EmbeddedMongo onFile(Path file, int port) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory for the embedded database", e);
        }
        H2Backend backend = new H2Backend(file.toAbsolutePath().toString());
        return new EmbeddedMongo(new MongoServer(backend), backend, port);
    }

    /** The loopback port the server listens on. */
    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** A {@code mongodb://} address for {@code MongoClients.create}. */
    public String connectionString() {
        return connectionString;
    }

    /**
     * Flushes the H2 file now. H2 otherwise writes in the background, and a hard kill loses up to about
     * a second of acknowledged writes; does nothing in memory.
     */
    public void commit() {
        if (fileBackend != null && !closed.get()) {
            fileBackend.commit();
        }
    }

    /** Stops gracefully: open connections are closed and the H2 file is committed and closed. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.shutdown();
        }
    }
}
