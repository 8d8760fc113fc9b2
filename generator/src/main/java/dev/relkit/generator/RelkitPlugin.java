package dev.relkit.generator;

import dev.relkit.generator.DeclarationPlan.Column;
import dev.relkit.generator.DeclarationPlan.Entity;
import dev.relkit.generator.DeclarationPlan.Relationship;
import dev.relkit.generator.RelationshipPlanner.ColumnFacts;
import dev.relkit.generator.RelationshipPlanner.TableShape;
import org.mybatis.generator.api.GeneratedFile;
import org.mybatis.generator.api.IntrospectedColumn;
import org.mybatis.generator.api.IntrospectedTable;
import org.mybatis.generator.api.PluginAdapter;
import org.mybatis.generator.api.dom.java.Field;
import org.mybatis.generator.api.dom.java.FullyQualifiedJavaType;
import org.mybatis.generator.api.dom.java.Interface;
import org.mybatis.generator.api.dom.java.JavaVisibility;
import org.mybatis.generator.api.dom.java.Method;
import org.mybatis.generator.api.dom.java.Parameter;
import org.mybatis.generator.api.dom.java.TopLevelClass;
import org.mybatis.generator.internal.util.JavaBeansUtil;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A MyBatis Generator plugin (context {@code targetRuntime="MyBatis3DynamicSql"}) that adds relkit's
 * declarations to what MyBatis Generator writes: the relationship properties in each model class, an
 * XML mapper per entity with its columns fragment and resultMap, and one {@code XxxRelationships}
 * class. It can be listed in any {@code generatorConfig.xml}:
 *
 * <pre>{@code
 * <plugin type="dev.relkit.generator.RelkitPlugin">
 *   <property name="declarationsPackage" value="com.example.db"/>
 *   <property name="declarationsClass" value="ShopRelationships"/>
 *   <property name="declarationsProject" value="src/main/java"/>
 *   <property name="resourcesProject" value="src/main/resources"/>
 * </plugin>
 * }</pre>
 *
 * <p>With {@code declarationsOnly=true} MyBatis Generator's model, support and mapper classes and the
 * XML are not written: the declarations then refer to existing classes under MyBatis Generator's
 * names ({@code <model package>.Film}, {@code <client package>.FilmDynamicSqlSupport.film},
 * resultMap {@code <client package>.FilmMapper.filmResult}).
 *
 * <p>Tables, columns and primary keys come from MyBatis Generator's introspection; foreign and
 * unique keys, which it does not read, from {@link SchemaConstraints}. The plan is made once, when
 * the first table is initialized, from every table of the context, because the first model class
 * already needs the relationships that point at tables introspected later.
 */
public class RelkitPlugin extends PluginAdapter {

    private DeclarationPlan plan;
    private String schema;

    @Override
    public boolean validate(List<String> warnings) {
        boolean valid = true;
        for (String required : List.of("declarationsPackage", "declarationsClass", "declarationsProject")) {
            if (properties.getProperty(required) == null) {
                warnings.add("RelkitPlugin: the property '" + required + "' is required");
                valid = false;
            }
        }
        if (!"MyBatis3DynamicSql".equals(context.getTargetRuntime())) {
            warnings.add("RelkitPlugin: the context's targetRuntime must be MyBatis3DynamicSql, not " + context.getTargetRuntime());
            valid = false;
        }
        return valid;
    }

    /** The plan, made from every table of the context at the first call. */
    DeclarationPlan plan() {
        if (plan == null) {
            List<TableShape> shapes = new ArrayList<>();
            for (IntrospectedTable table : context.getIntrospectedTables()) {
                shapes.add(shape(table));
                schema = Optional.ofNullable(table.getFullyQualifiedTable().getIntrospectedCatalog())
                        .orElse(table.getFullyQualifiedTable().getIntrospectedSchema());
            }
            SchemaConstraints constraints;
            try {
                Connection connection = context.getConnection();
                try {
                    constraints = SchemaConstraints.read(connection, schema != null ? schema : connection.getCatalog());
                } finally {
                    context.closeConnection(connection);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("RelkitPlugin: could not read the foreign keys of schema " + schema + ": "
                        + e.getMessage(), e);
            }
            plan = new RelationshipPlanner(shapes, constraints, context.getJavaModelGeneratorConfiguration().getTargetPackage(),
                    context.getJavaClientGeneratorConfiguration().getTargetPackage(), renames(properties.getProperty("renames"))).plan();
        }
        return plan;
    }

    /**
     * The plugin property {@code renames}: {@code Model.generatedName=name} pairs separated by commas
     * ({@code Store.managerStaff=manager,Store.inventories=inventory}).
     *
     * @throws IllegalArgumentException for a pair not of that form, naming it
     */
    static Map<String, String> renames(String property) {
        Map<String, String> renames = new LinkedHashMap<>();
        if (property == null || property.isBlank()) {
            return renames;
        }
        for (String pair : property.split(",")) {
            String[] parts = pair.trim().split("=");
            if (parts.length != 2 || !parts[0].trim().matches("\\w+\\.\\w+") || !parts[1].trim().matches("[A-Za-z_]\\w*")) {
                throw new IllegalArgumentException("RelkitPlugin: the rename '" + pair.trim()
                        + "' is not Model.generatedName=name (Store.managerStaff=manager)");
            }
            renames.put(parts[0].trim(), parts[1].trim());
        }
        return renames;
    }

    private static TableShape shape(IntrospectedTable table) {
        List<Column> columns = new ArrayList<>();
        List<ColumnFacts> facts = new ArrayList<>();
        List<IntrospectedColumn> keys = table.getPrimaryKeyColumns();
        for (IntrospectedColumn column : table.getAllColumns()) {
            String property = column.getJavaProperty();
            boolean key = keys.stream().anyMatch(k -> k.getActualColumnName().equals(column.getActualColumnName()));
            columns.add(new Column(column.getActualColumnName(), property,
                    JavaBeansUtil.getGetterMethodName(property, column.getFullyQualifiedJavaType()),
                    JavaBeansUtil.getSetterMethodName(property), key, column.isAutoIncrement()));
            facts.add(new ColumnFacts(column.getActualColumnName(),
                    !column.isNullable() && column.getDefaultValue() == null && !column.isAutoIncrement()));
        }
        String domain = table.getFullyQualifiedTable().getDomainObjectName();
        return new TableShape(table.getFullyQualifiedTable().getIntrospectedTableName(), domain,
                JavaBeansUtil.getValidPropertyName(domain), columns, facts);
    }

    @Override
    public void initialized(IntrospectedTable table) {
        plan();
    }

    private boolean writesClasses() {
        return !Boolean.parseBoolean(properties.getProperty("declarationsOnly", "false"));
    }

    @Override
    public boolean modelBaseRecordClassGenerated(TopLevelClass model, IntrospectedTable table) {
        String tableName = table.getFullyQualifiedTable().getIntrospectedTableName();
        for (Relationship relationship : plan().relationships()) {
            if (relationship.owner().table().equals(tableName)) {
                addProperty(model, relationship);
            }
        }
        return writesClasses();
    }

    private static void addProperty(TopLevelClass model, Relationship relationship) {
        FullyQualifiedJavaType target = new FullyQualifiedJavaType(relationship.target().modelType());
        FullyQualifiedJavaType type = target;
        model.addImportedType(target);
        Field field;
        if (relationship.kind().collection()) {
            type = new FullyQualifiedJavaType("java.util.List");
            type.addTypeArgument(target);
            model.addImportedType(new FullyQualifiedJavaType("java.util.List"));
            model.addImportedType(new FullyQualifiedJavaType("java.util.ArrayList"));
            field = new Field(relationship.name(), type);
            field.setInitializationString("new ArrayList<>()");
        } else {
            field = new Field(relationship.name(), type);
        }
        field.setVisibility(JavaVisibility.PRIVATE);
        model.addField(field);

        Method getter = new Method(JavaBeansUtil.getGetterMethodName(relationship.name(), type));
        getter.setVisibility(JavaVisibility.PUBLIC);
        getter.setReturnType(type);
        getter.addBodyLine("return " + relationship.name() + ";");
        model.addMethod(getter);

        Method setter = new Method(JavaBeansUtil.getSetterMethodName(relationship.name()));
        setter.setVisibility(JavaVisibility.PUBLIC);
        setter.addParameter(new Parameter(type, relationship.name()));
        setter.addBodyLine("this." + relationship.name() + " = " + relationship.name() + ";");
        model.addMethod(setter);
    }

    @Override
    public boolean dynamicSqlSupportGenerated(TopLevelClass supportClass, IntrospectedTable table) {
        return writesClasses();
    }

    @Override
    public boolean clientGenerated(Interface mapper, IntrospectedTable table) {
        return writesClasses();
    }

    @Override
    public List<GeneratedFile> contextGenerateAdditionalFiles() {
        String packageName = properties.getProperty("declarationsPackage");
        String className = properties.getProperty("declarationsClass");
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedTextFile(properties.getProperty("declarationsProject"), packageName, className + ".java",
                DeclarationSource.write(plan(), packageName, className, schema)));
        if (writesClasses()) {
            String resources = properties.getProperty("resourcesProject", properties.getProperty("declarationsProject"));
            String mapperPackage = context.getJavaClientGeneratorConfiguration().getTargetPackage();
            for (Entity entity : plan().entities()) {
                String qualified = (schema != null ? schema + "." : "") + entity.table();
                files.add(new GeneratedTextFile(resources, mapperPackage,
                        entity.mapperType().substring(entity.mapperType().lastIndexOf('.') + 1) + ".xml",
                        ResultMapXml.write(entity, qualified)));
            }
        }
        return files;
    }
}
