package dev.relkit.generator;

import dev.relkit.generator.DeclarationPlan.Column;
import dev.relkit.generator.DeclarationPlan.Entity;

/**
 * Writes an entity's mapper XML as relkit's catalogue keeps it (docs/DESIGN.md, section 2): a
 * {@code <sql id="xxxColumns">} fragment taking the properties {@code alias} and {@code prefix}, and
 * one small {@code xxxResult} resultMap with {@code <id>} that reads unprefixed columns, the
 * resultMap the entity's declaration names. The namespace is MyBatis Generator's mapper interface,
 * so MyBatis reads the XML when the interface is added.
 */
final class ResultMapXml {

    private ResultMapXml() {
    }

    static String write(Entity entity, String qualifiedTable) {
        String base = Names.camel(entity.table());
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\" \"https://mybatis.org/dtd/mybatis-3-mapper.dtd\">\n");
        out.append("<mapper namespace=\"").append(entity.mapperType()).append("\">\n\n");
        out.append("  <!--\n    ").append(base).append("Columns: the columns of one ").append(qualifiedTable).append(" row.\n");
        out.append("    Properties: alias  = the table alias the row is joined under,\n");
        out.append("                prefix = the column-alias prefix matching the caller's columnPrefix ('' for none).\n  -->\n");
        out.append("  <sql id=\"").append(base).append("Columns\">\n");
        for (int i = 0; i < entity.columns().size(); i++) {
            Column column = entity.columns().get(i);
            out.append("    ${alias}.").append(column.name()).append(" AS ${prefix}").append(column.name())
                    .append(i + 1 < entity.columns().size() ? ",\n" : "\n");
        }
        out.append("  </sql>\n\n");
        out.append("  <!-- ").append(entity.resultMapId()).append(": one ").append(qualifiedTable)
                .append(" row, read from its unprefixed column names (relkit's loader relies on it). -->\n");
        out.append("  <resultMap id=\"").append(entity.resultMapId()).append("\" type=\"").append(entity.modelType()).append("\">\n");
        for (Column column : entity.columns()) {
            out.append("    <").append(column.key() ? "id" : "result").append(" property=\"").append(column.property())
                    .append("\" column=\"").append(column.name()).append("\"/>\n");
        }
        out.append("  </resultMap>\n</mapper>\n");
        return out.toString();
    }
}
