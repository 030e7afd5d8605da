package io.camelbandwidth.examples.fleet;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link FleetInfrastructure} (Kafka broker, PostgreSQL, Hazelcast member) for every test class of the module:
 * started by the first class that needs it, closed after the last. Each test class creates its own topics and consumer
 * groups ({@link FleetTopics#suffixed}) and uses its own tags, so that they never see each other's records.
 */
final class SharedInfrastructure implements BeforeAllCallback {

    private static volatile Holder holder;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedInfrastructure.class, key -> start(), Holder.class);
    }

    static FleetInfrastructure infrastructure() {
        return holder.infrastructure();
    }

    private static Holder start() {
        try {
            holder = new Holder(FleetInfrastructure.start(Path.of("target")));
            return holder;
        } catch (Exception e) {
            throw new IllegalStateException("The fleet's infrastructure did not start", e);
        }
    }

    private record Holder(FleetInfrastructure infrastructure) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            infrastructure.close();
        }
    }
}
