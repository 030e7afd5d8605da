package io.camelbandwidth.messaging.ratelimit.hazelcast;

import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real two-member Hazelcast cluster for all test classes of the module (started by the first that needs it,
 * terminated after the last): two instances of a fleet, each on its own member.
 */
final class SharedCluster implements BeforeAllCallback {

    private static volatile Members members;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedCluster.class, key -> start(), Members.class);
    }

    static HazelcastInstance member1() {
        return members.first();
    }

    static HazelcastInstance member2() {
        return members.second();
    }

    private static Members start() {
        String cluster = "shared-" + UUID.randomUUID();
        int port1 = LoopbackHazelcast.freePort();
        int port2 = LoopbackHazelcast.freePort();
        HazelcastInstance first = LoopbackHazelcast.member(cluster, port1, List.of(port1, port2));
        HazelcastInstance second = LoopbackHazelcast.member(cluster, port2, List.of(port1, port2));
        LoopbackHazelcast.awaitSafe(first);
        members = new Members(first, second);
        return members;
    }

    private record Members(HazelcastInstance first, HazelcastInstance second) implements AutoCloseable {

        @Override
        public void close() {
            second.getLifecycleService().terminate();
            first.getLifecycleService().terminate();
        }
    }
}
