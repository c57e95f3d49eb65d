package dev.papergraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to loopback.
 *
 * <p>Usage: {@code Launcher --home DIR --port 7687 [--pagecache 512m] [--tx-timeout 60s]}.
 * Prints {@code PAPERGRAPH_NEO4J_READY <port>} once Bolt accepts connections and shuts the
 * database down cleanly on SIGTERM/SIGINT (the JVM runs the shutdown hook).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(".papergraph");
    int port = 7687;
    long pageCache = ByteUnit.mebiBytes(512);
    Duration txTimeout = Duration.ofSeconds(60);
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--home" -> { home = Path.of(require(args[i], value)); i++; }
        case "--port" -> { port = Integer.parseInt(require(args[i], value)); i++; }
        case "--pagecache" -> { pageCache = ByteUnit.parse(require(args[i], value)); i++; }
        case "--tx-timeout" -> { txTimeout = Duration.ofSeconds(Long.parseLong(require(args[i], value).replace("s", ""))); i++; }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path dbHome = home.toAbsolutePath().resolve("neo4j");
    Files.createDirectories(dbHome);

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(dbHome)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("PAPERGRAPH_NEO4J_STOPPING");
      service.shutdown();
    }, "papergraph-shutdown"));
    // Touch the default database so a failing store shows up here, not on the first query.
    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("PAPERGRAPH_NEO4J_READY " + port);
    System.out.flush();
    Thread.currentThread().join();
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
