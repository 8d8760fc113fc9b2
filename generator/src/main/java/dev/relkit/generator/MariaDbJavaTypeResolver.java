package dev.relkit.generator;

import org.mybatis.generator.api.IntrospectedColumn;
import org.mybatis.generator.api.dom.java.FullyQualifiedJavaType;
import org.mybatis.generator.internal.types.JavaTypeResolverDefaultImpl;

import java.sql.Types;
import java.util.Locale;

/**
 * MyBatis Generator's type resolution with MariaDB's integer types corrected: {@code TINYINT},
 * {@code SMALLINT} and {@code MEDIUMINT} become {@code Integer} (MyBatis Generator's {@code Byte} and
 * {@code Short} cannot hold their unsigned ranges: a {@code TINYINT UNSIGNED} reaches 255), an
 * {@code INT UNSIGNED} becomes {@code Long}, and {@code YEAR}, which the driver reports as a date,
 * becomes an {@code Integer} column of type {@code SMALLINT}, as MariaDB stores it.
 */
public class MariaDbJavaTypeResolver extends JavaTypeResolverDefaultImpl {

    @Override
    protected FullyQualifiedJavaType overrideDefaultType(IntrospectedColumn column, FullyQualifiedJavaType defaultType) {
        String actual = column.getActualTypeName() == null ? "" : column.getActualTypeName().toUpperCase(Locale.ROOT);
        if (actual.startsWith("YEAR")) {
            column.setJdbcType(Types.SMALLINT);
            return new FullyQualifiedJavaType(Integer.class.getName());
        }
        if (actual.startsWith("TINYINT") && column.getJdbcType() != Types.BIT && column.getJdbcType() != Types.BOOLEAN
                || actual.startsWith("SMALLINT") || actual.startsWith("MEDIUMINT")) {
            return new FullyQualifiedJavaType(Integer.class.getName());
        }
        if (actual.startsWith("INT") && actual.contains("UNSIGNED")) {
            return new FullyQualifiedJavaType(Long.class.getName());
        }
        return super.overrideDefaultType(column, defaultType);
    }
}
