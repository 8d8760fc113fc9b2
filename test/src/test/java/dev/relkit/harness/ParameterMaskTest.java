package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

class ParameterMaskTest {

    private static final ParameterMask SECRETS = ParameterMask.columns("password", "Secret_Name");

    @Test
    void tiesEachPlaceholderOfAnInsertToItsColumnInEveryValuesTuple() {
        assertThat(ParameterMask.boundColumns("insert into account (name, `password`, age) values (?, ?, ?), (?, lower(?), ?)"))
                .containsExactly("name", "password", "age", "name", "password", "age");
        assertThat(masked("insert into account (name, password) values (?, ?) on duplicate key update password = ?"))
                .containsExactly(false, true, true);
    }

    @Test
    void tiesComparisonsInListsTuplesAndBetweenToTheirColumns() {
        assertThat(ParameterMask.boundColumns("update account set password = ?, name = ? where account.id = ? and ? <= age"))
                .containsExactly("password", "name", "id", "age");
        assertThat(ParameterMask.boundColumns("select * from hero h where h.`secret_name` in (?, ?) and age between ? and ?"
                + " and name not like ?"))
                .containsExactly("secret_name", "secret_name", "age", "age", "name");
        assertThat(ParameterMask.boundColumns("select * from line where (order_id, secret_name) in ((?, ?), (?, ?))"))
                .containsExactly("order_id", "secret_name", "order_id", "secret_name");
    }

    @Test
    void aPlaceholderItCannotTieToAColumnIsMaskedOnlyWhenTheStatementNamesAMaskedColumn() {
        assertThat(masked("update account set password = sha2(?, 256) where id = ?")).containsExactly(true, false);
        assertThat(masked("select concat(?, name) from account where id = ?")).containsExactly(false, false);
        assertThat(masked("select name from account where name = 'password' and note = ? -- password")).containsExactly(false);
    }

    @Test
    void replacesMaskedValuesInEveryParameterSetAndPrintsThemAsStars() {
        RecordedStatement batch = new RecordedStatement("insert into hero (name, secret_name, age) values (?, ?, ?)",
                List.of(Arrays.asList("Deadpond", "Dive Wilson", 28), Arrays.asList("Spider-Boy", null, 16)), true);

        RecordedStatement shown = SECRETS.applyTo(batch);

        assertThat(shown.toString()).isEqualTo("insert into hero (name, secret_name, age) values (?, ?, ?)"
                + " -- batch of 2: ['Deadpond', ***, 28], ['Spider-Boy', ***, 16]");
        assertThat(batch.parameters()).containsExactly("Deadpond", "Dive Wilson", 28);
        assertThat(ParameterMask.none().applyTo(batch)).isSameAs(batch);
    }

    @Test
    void theMaskingEchoPrintsOneLinePerStatementWithSecretsHidden() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        StatementListener echo = StatementListener.echoingTo(new PrintStream(printed, true, StandardCharsets.UTF_8), SECRETS);

        echo.statementExecuted(new RecordedStatement("select id from account where name = ? and password = ?",
                List.of(List.of("fred", "hunter2")), true));

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("[sql] select id from account where name = ? and password = ? -- ['fred', ***]" + System.lineSeparator())
                .doesNotContain("hunter2");
    }

    @Test
    void namesAreRequired() {
        assertThatThrownBy(ParameterMask::columns).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParameterMask.columns("password", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SECRETS.maskedColumns()).containsExactly("password", "secret_name");
    }

    private static List<Boolean> masked(String sql) {
        boolean[] masked = SECRETS.maskedPlaceholders(sql);
        Boolean[] boxed = new Boolean[masked.length];
        for (int i = 0; i < masked.length; i++) {
            boxed[i] = masked[i];
        }
        return List.of(boxed);
    }
}
