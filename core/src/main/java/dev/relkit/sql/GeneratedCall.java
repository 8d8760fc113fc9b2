package dev.relkit.sql;

import java.util.Objects;
import org.apache.ibatis.mapping.MappedStatement;

/**
 * A generated statement and its parameter, carried through one of the carrier statements that
 * {@link GeneratedStatements#install} registers; {@link GeneratedStatementInterceptor} runs the
 * statement it carries in the carrier's place.
 */
record GeneratedCall(MappedStatement statement, Object parameter) {

    GeneratedCall {
        Objects.requireNonNull(statement, "statement");
    }
}
