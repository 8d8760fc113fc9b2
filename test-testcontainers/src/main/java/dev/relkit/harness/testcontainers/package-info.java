/**
 * Testcontainers provisioning for the relkit test harness (artifact
 * {@code relkit-test-testcontainers}): a {@code mariadb:11.4} container per JVM, started when no
 * explicit URL is set and a Docker engine answers. Adding this artifact brings Testcontainers;
 * relkit-test alone does not.
 */
package dev.relkit.harness.testcontainers;
