/**
 * A schema-agnostic MariaDB test harness for MyBatis applications (artifact {@code relkit-test}):
 * it loads the application's own scripts and builds the application's own MyBatis configuration,
 * and adds nothing of its own to either.
 *
 * <ul>
 *   <li>{@link dev.relkit.harness.RelkitTest} on a JUnit Jupiter class: a shared server per JVM, the
 *       scripts named in {@code relkit-test.properties} on the test classpath loaded, and
 *       {@code DataSource}, {@code SqlSessionFactory}, a rolled-back {@code SqlSession}, mappers and
 *       a {@link dev.relkit.harness.StatementRecorder} as parameters. Classes that commit get a
 *       database of their own whose rows {@link dev.relkit.harness.TestDatabase#restoreRows()} puts
 *       back between tests.
 *   <li>{@link dev.relkit.harness.TestDatabase#startWithScripts} outside JUnit (a demo, a main
 *       method): the same database, owned and closed by the caller. JUnit is an optional dependency,
 *       needed only for the extension.
 *   <li>{@link dev.relkit.harness.DatabaseChoice}: an explicit URL ({@code RELKIT_JDBC_URL} /
 *       {@code relkit.jdbc.url}), else a server started by a {@link dev.relkit.harness.MariaDbProvisioner}
 *       on the classpath: {@code relkit-test-testcontainers} when Docker answers, else
 *       {@code relkit-test-embedded}. relkit-test alone brings neither.
 *   <li>{@link dev.relkit.harness.StatementRecorder}: statement counts, an N+1 guard and an echo of
 *       every statement with its parameters.
 * </ul>
 *
 * <p>A failing script names the script, the statement's line and text, and the database; no
 * message or log line of the harness shows a password.
 */
package dev.relkit.harness;
