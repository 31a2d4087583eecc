package seloste.write;

import java.io.IOException;

/** Where a build puts its files one at a time, as it makes them, so that it never holds them all. */
public interface OutputSink {

    /** A file made by this build: {@code name} is its path relative to the output folder, with {@code /}. */
    void put(String name, byte[] bytes) throws IOException;

    /** A file the output folder already holds with exactly the bytes this build would make. */
    void keep(String name) throws IOException;
}
