package io.camelbandwidth.messaging.ratelimit.hazelcast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/** Real Hazelcast members and clients for the tests, on 127.0.0.1 only, quick to start. */
final class LoopbackHazelcast {

    private LoopbackHazelcast() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A member of {@code cluster} listening on {@code port}, joining the members on {@code ports} over TCP. */
    static HazelcastInstance member(String cluster, int port, List<Integer> ports) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.partition.count", "23");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(1);
        ports.forEach(p -> join.getTcpIpConfig().addMember("127.0.0.1:" + p));
        return Hazelcast.newHazelcastInstance(config);
    }

    /** Waits until the partitions have settled after members joined (no migration left). */
    static void awaitSafe(HazelcastInstance member) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!member.getPartitionService().isClusterSafe()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The cluster did not settle within 30 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /**
     * A client that keeps trying to reconnect (as in production: reconnect on, no connect deadline) and gives up an
     * operation after {@code invocationTimeout} instead of two minutes.
     */
    static HazelcastInstance client(String cluster, int port, Duration invocationTimeout) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.client.invocation.timeout.seconds",
                String.valueOf(invocationTimeout.toSeconds()));
        config.getNetworkConfig().addAddress("127.0.0.1:" + port);
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setInitialBackoffMillis(100).setMaxBackoffMillis(500);
        return HazelcastClient.newHazelcastClient(config);
    }
}
