package io.camelbandwidth.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay in front of the simulator's HTTP server that closes kept-alive connections left idle for too long, as
 * servers and load balancers do. The JDK {@code HttpServer} has no per-server idle timeout and no handle on its
 * connections, so the simulator accepts client connections here and relays each to its own connection to the HTTP
 * server.
 *
 * <p>A kept-alive connection is idle once the last bytes it carried were an answer (server to client) and nothing moved
 * for the timeout: a request waiting for a delayed or stalled answer is never closed, nor is a new connection that has
 * not carried an answer yet. Closing sends the client a FIN, like a
 * server's keep-alive timeout; a client that then writes a request on it finds the connection closed. Connections
 * the HTTP server closes (drop faults) are closed towards the client too, without counting as idle closes.
 *
 * <p>Two threads per connection: meant for tests, not for benchmarks.
 */
final class IdleClosingFront {

    private static final System.Logger LOG = System.getLogger(IdleClosingFront.class.getName());
    private static final int BUFFER = 16 * 1024;

    private final long idleNanos;
    private final ServerSocket listener;
    private final InetSocketAddress backend;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong idleClosed = new AtomicLong();
    private final Object openChanged = new Object();
    private final ExecutorService pumps;
    private final ScheduledExecutorService checker;
    private final Thread acceptor;
    private volatile boolean running = true;

    IdleClosingFront(InetAddress host, int port, int backlog, InetSocketAddress backend, Duration idleTimeout)
            throws IOException {
        this.idleNanos = idleTimeout.toNanos();
        this.backend = backend;
        this.listener = new ServerSocket(port, backlog, host);
        this.pumps = Executors.newCachedThreadPool(DaemonThreads.named("bandwidth-simulator-relay"));
        this.checker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("bandwidth-simulator-idle"));
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(2), idleNanos / 5);
        checker.scheduleWithFixedDelay(this::closeIdle, period, period, TimeUnit.NANOSECONDS);
        this.acceptor = DaemonThreads.named("bandwidth-simulator-accept").newThread(this::acceptLoop);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    long accepted() {
        return accepted.get();
    }

    long idleClosed() {
        return idleClosed.get();
    }

    int open() {
        return links.size();
    }

    /** Waits until at most {@code count} client connections are open. */
    int awaitOpenAtMost(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (openChanged) {
            try {
                while (links.size() > count) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IllegalStateException("Timed out after " + timeout + " waiting for at most " + count
                                + " open connections; " + links.size() + " are open");
                    }
                    openChanged.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for connections to close", e);
            }
            return links.size();
        }
    }

    void stop() {
        running = false;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        checker.shutdownNow();
        for (Link link : links) {
            link.close(false);
        }
        pumps.shutdownNow();
    }

    private void acceptLoop() {
        while (running) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (running) {
                    LOG.log(System.Logger.Level.WARNING, "Simulator relay stopped accepting", e);
                }
                return;
            }
            accepted.incrementAndGet();
            Socket server = new Socket();
            try {
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                server.connect(backend, 5000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(server);
                continue;
            }
            Link link = new Link(client, server);
            links.add(link);
            try {
                pumps.execute(() -> link.pump(true));
                pumps.execute(() -> link.pump(false));
            } catch (RuntimeException stopping) {
                link.close(false);
            }
        }
    }

    private void closeIdle() {
        long now = System.nanoTime();
        for (Link link : links) {
            link.closeIfIdle(now);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    /** One client connection and its connection to the HTTP server. */
    private final class Link {
        private final Socket client;
        private final Socket server;
        private long lastActivity = System.nanoTime();
        private boolean awaitingAnswer;
        private boolean answered;
        private boolean closed;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(boolean fromClient) {
            byte[] buffer = new byte[BUFFER];
            try {
                InputStream in = (fromClient ? client : server).getInputStream();
                OutputStream out = (fromClient ? server : client).getOutputStream();
                while (true) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    synchronized (this) {
                        if (closed) {
                            return; // closed as idle meanwhile: these bytes are lost, as on a real server
                        }
                        lastActivity = System.nanoTime();
                        awaitingAnswer = fromClient;
                        answered |= !fromClient;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (SocketException | RuntimeException closedMeanwhile) {
                // the other pump or the idle check closed the sockets
            } catch (IOException e) {
                // a broken connection: close both sides
            }
            close(false);
        }

        void closeIfIdle(long now) {
            synchronized (this) {
                if (closed || !answered || awaitingAnswer || now - lastActivity < idleNanos) {
                    return;
                }
                closed = true; // decided under the lock: a request arriving from now on finds the connection closed
            }
            release(true);
        }

        void close(boolean idle) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            release(idle);
        }

        private void release(boolean idle) {
            if (idle) {
                idleClosed.incrementAndGet();
            }
            closeQuietly(client);
            closeQuietly(server);
            links.remove(this);
            synchronized (openChanged) {
                openChanged.notifyAll();
            }
        }
    }
}
