package dev.relkit.resultmap;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Which compiled resultMap maps the current row: a {@link BoundResultMap} itself, or the one a
 * {@link BoundResultMap.Discriminated discriminator} picks from the row.
 */
interface ResultMapChoice {

    BoundResultMap choose(ResultSet resultSet) throws SQLException;
}
