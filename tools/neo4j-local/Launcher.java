// Starts an embedded Neo4j 5.26 Community DBMS with a Bolt connector and keeps it
// running until SIGINT/SIGTERM or, when started by Node, until its parent goes away.
//
// Protocol with the parent process (see src/neo4j/local-neo4j.ts): one line on stdout
//   NEO4J_LOCAL_READY bolt://host:port startup_ms=N
// when Bolt accepts connections, or one line on stderr
//   NEO4J_LOCAL_ERROR <reason>
// and a non-zero exit code when it cannot start.
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("NEO4J_LOCAL_HOME", ".neo4j-local/home")).toAbsolutePath().normalize();
        String host = env("NEO4J_LOCAL_HOST", "127.0.0.1");
        int port = intEnv("NEO4J_LOCAL_BOLT_PORT", 7687);
        long pageCacheMb = intEnv("NEO4J_LOCAL_PAGECACHE_MB", 256);
        long txTotalMb = intEnv("NEO4J_LOCAL_TX_TOTAL_MB", 1024);
        long txTimeoutMs = intEnv("NEO4J_LOCAL_TX_TIMEOUT_MS", 0);

        // Neo4j would otherwise fail deep inside start-up with a netty bind error.
        assertPortFree(host, port);
        Files.createDirectories(home);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                // Bound to loopback only; embedded mode has no users to manage.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txTotalMb))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.udc_enabled, false);
        if (txTimeoutMs > 0) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs));
        }

        long t0 = System.nanoTime();
        final DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            fail(1, "start failed: " + root.getMessage()
                    + (String.valueOf(root.getMessage()).contains("lock") ? " (is another Neo4j using " + home + "?)" : ""));
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_LOCAL_STOPPING");
            System.out.flush();
            dbms.shutdown();
        }, "neo4j-local-shutdown"));

        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        if ("1".equals(env("NEO4J_LOCAL_EXIT_ON_STDIN_EOF", "0"))) {
            // The parent holds our stdin open; EOF means it died (even by SIGKILL),
            // so we exit and the shutdown hook releases the store lock and the port.
            Thread watchdog = new Thread(() -> {
                try {
                    while (System.in.read() != -1) { /* ignore */ }
                } catch (IOException ignored) {
                }
                System.exit(0);
            }, "neo4j-local-parent-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        System.out.printf("NEO4J_LOCAL_READY bolt://%s:%d startup_ms=%d home=%s%n",
                host, port, (System.nanoTime() - t0) / 1_000_000, home);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static String env(String key, String def) {
        String v = System.getenv(key);
        return (v == null || v.isBlank()) ? def : v.trim();
    }

    private static int intEnv(String key, int def) {
        String v = env(key, String.valueOf(def));
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            fail(3, key + " must be a whole number, got '" + v + "'");
            return def;
        }
    }

    private static void fail(int code, String msg) {
        System.err.println("NEO4J_LOCAL_ERROR " + msg);
        System.err.flush();
        System.exit(code);
    }

    private static void assertPortFree(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            // Connections closed a moment ago linger in TIME_WAIT; they do not hold the port.
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            fail(2, "Bolt port " + host + ":" + port + " is already in use; stop what holds it or set NEO4J_LOCAL_BOLT_PORT");
        }
    }
}
