package dev.relkit.session;

import java.sql.JDBCType;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

/** An account whose row carries an optimistic-locking version (VersionedWriteIT). */
public class VersionedAccount {

    static final class Table extends AliasableSqlTable<Table> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<String> owner = column("owner", JDBCType.VARCHAR);
        final SqlColumn<Integer> balance = column("balance", JDBCType.INTEGER);
        final SqlColumn<Integer> version = column("version", JDBCType.INTEGER);

        Table() {
            super("versioned_account", Table::new);
        }
    }

    static final Table TABLE = new Table();

    static final dev.relkit.relation.EntityType<VersionedAccount> ACCOUNT =
            dev.relkit.relation.EntityType.builder(VersionedAccount.class, TABLE)
                    .generatedId("id", TABLE.id, VersionedAccount::getId, VersionedAccount::setId)
                    .column("owner", TABLE.owner, VersionedAccount::getOwner, VersionedAccount::setOwner)
                    .column("balance", TABLE.balance, VersionedAccount::getBalance, VersionedAccount::setBalance)
                    .column("version", TABLE.version, VersionedAccount::getVersion, VersionedAccount::setVersion)
                    .version(TABLE.version)
                    .resultMap(VersionedAccountMapper.NAMESPACE + ".accountResult")
                    .build();

    private Integer id;
    private String owner;
    private Integer balance;
    private Integer version;

    public VersionedAccount() {
    }

    public VersionedAccount(String owner, Integer balance) {
        this.owner = owner;
        this.balance = balance;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Integer getBalance() {
        return balance;
    }

    public void setBalance(Integer balance) {
        this.balance = balance;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
