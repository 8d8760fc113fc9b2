/**
 * Read/write routing on a MariaDB primary and replicas: {@link dev.relkit.replication.ReadWriteRouting}
 * (built once), {@link dev.relkit.replication.RoutedRequest} (one per request: reads on the replica,
 * writes and reads after a write on the primary), {@link dev.relkit.replication.CausalToken} (a
 * committed write's GTID that later reads wait for on the replica).
 */
package dev.relkit.replication;
