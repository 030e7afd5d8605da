package io.camelbandwidth.benchmarks;

/**
 * (b) The raw reference: Apache HttpClient 5's async client doing the same POST with the same Jackson work as the
 * component ({@link RawClient}), without Camel.
 */
final class RawHttpClientVariant implements Variant {

    private final Target target;
    private final RawClient client;

    RawHttpClientVariant(Target target) {
        this.target = target;
        this.client = new RawClient(target);
    }

    @Override
    public String key() {
        return "b";
    }

    @Override
    public String description() {
        return "raw HttpClient 5 async + Jackson, no Camel";
    }

    @Override
    public void start() {
        client.start();
    }

    @Override
    public void send(long seq, Completion completion) {
        client.send(Json.request(target, seq), (message, failure) -> completion.done(failure != null ? failure
                : message.id == null ? new IllegalStateException("no message id") : null));
    }

    @Override
    public void close() {
        client.close();
    }
}
