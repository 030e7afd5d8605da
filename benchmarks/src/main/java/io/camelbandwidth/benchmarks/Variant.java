package io.camelbandwidth.benchmarks;

/**
 * One way of sending a message to the simulator. {@link #send} must not block: it completes the callback (on any
 * thread) once the answer is read, with {@code null} for an accepted message or the failure.
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
