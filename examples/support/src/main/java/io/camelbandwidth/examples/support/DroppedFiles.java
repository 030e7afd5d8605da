package io.camelbandwidth.examples.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Files dropped into the folder of the file examples' routes, which move each to {@code done/} or {@code error/}. */
public final class DroppedFiles {

    private DroppedFiles() {
    }

    /**
     * Writes the file beside the folder and moves it in, as a careful producer does, then waits until the file
     * consumer moved it to {@code done/} or {@code error/}: the last thing it does, after the route and its error
     * handling, so whatever the exchange wrote (a reason file) is there too.
     *
     * @return where the file went
     * @throws IllegalStateException when it was not moved within {@code timeout}
     */
    public static Path drop(Path folder, String name, String content, Duration timeout) throws IOException {
        Path staged = Files.writeString(folder.resolveSibling(folder.getFileName() + "-" + name), content);
        Files.move(staged, folder.resolve(name));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String outcome : List.of("done", "error")) {
                Path moved = folder.resolve(outcome).resolve(name);
                if (Files.exists(moved)) {
                    return moved;
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(name + " was not processed within " + timeout);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
