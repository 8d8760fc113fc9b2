package dev.relkit.harness;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.sql.DataSource;

/**
 * A data source of the application's own (a second pool, a replica's pool) with a
 * {@link StatementRecorder} of its own, so a test can count statements per server.
 *
 * <pre>{@code
 * RecordedDataSource replica = RecordedDataSource.wrap("replica", replicaPool);
 * replica.statements().assertCount(2, () -> ...);
 * }</pre>
 *
 * @param dataSource the wrapping data source; statements run through it are recorded
 * @param statements the recorder of {@code dataSource}'s statements
 */
public record RecordedDataSource(DataSource dataSource, StatementRecorder statements) {

    /** Wraps {@code target}; {@code name} appears in datasource-proxy's logs. */
    public static RecordedDataSource wrap(String name, DataSource target) {
        StatementRecorder statements = new StatementRecorder();
        DataSource proxy = ProxyDataSourceBuilder.create(name, target).listener(statements.queryListener()).buildProxy();
        return new RecordedDataSource(proxy, statements);
    }
}
