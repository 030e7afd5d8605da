package io.camelbandwidth.benchmarks;

/**
 * One way of sending a message to the simulator. {@link #send} completes the callback (on any thread) once the answer
 * is read, with {@code null} for an accepted message or the failure. It must not block, unless {@link #blocking()}
 * says it does: then it completes the callback before it returns, and the driver calls it from one thread per
 * message in flight.
 */
interface Variant extends AutoCloseable {

    /** Where the messages go and how they authenticate; the same for every variant. */
    record Target(String host, int port, String accountId, String applicationId, String from, String to,
                  String user, String password) {

        String messagesUri() {
            return "http://" + host + ":" + port + "/api/v2/users/" + accountId + "/messages";
        }

        String baseUri() {
            return "http://" + host + ":" + port + "/api/v2";
        }

        String basicAuthorization() {
            return basic(user, password);
        }

        static String basic(String user, String password) {
            return "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    interface Completion {
        void done(Throwable failure);
    }

    /** A one-letter key, e.g. {@code a}. */
    String key();

    String description();

    void start() throws Exception;

    /** Whether {@link #send} blocks its caller until the answer (e.g. {@code ProducerTemplate.send}). */
    default boolean blocking() {
        return false;
    }

    /** Sends message {@code seq}: text "Benchmark message {seq}", tag "bench-{seq}". */
    void send(long seq, Completion completion);

    @Override
    void close() throws Exception;

    static String text(long seq) {
        return "Benchmark message " + seq;
    }

    static String tag(long seq) {
        return "bench-" + seq;
    }
}
