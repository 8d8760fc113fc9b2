package dev.relkit.generator;

import org.mybatis.generator.api.CommentGenerator;
import org.mybatis.generator.api.IntrospectedTable;
import org.mybatis.generator.api.dom.java.TopLevelClass;

import java.util.Properties;

/**
 * MyBatis Generator's comments, reduced to one Javadoc line per model class. Its default generator
 * marks every member {@code @jakarta.annotation.Generated}, which would make the generated code
 * depend on the Jakarta annotations for a marker that says nothing once the files are checked in
 * and owned by the application.
 */
public class PlainCommentGenerator implements CommentGenerator {

    @Override
    public void addConfigurationProperties(Properties properties) {
        // nothing to configure
    }

    @Override
    public void addModelClassComment(TopLevelClass model, IntrospectedTable table) {
        model.addJavaDocLine("/**");
        model.addJavaDocLine(" * A row of {@code " + table.getFullyQualifiedTable().getIntrospectedTableName() + "}.");
        model.addJavaDocLine(" */");
    }
}
