package dev.relkit.generator;

import dev.relkit.generator.DeclarationPlan.Column;
import dev.relkit.generator.DeclarationPlan.Entity;
import dev.relkit.generator.DeclarationPlan.Join;
import dev.relkit.generator.DeclarationPlan.Kind;
import dev.relkit.generator.DeclarationPlan.Relationship;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the {@code XxxRelationships} class of a {@link DeclarationPlan}: one {@code EntityType}
 * constant per entity (its columns taken from the generated table class), one {@code Relationship} constant per relationship (a back-populated pair
 * declared once, {@code withInverse}, from its many-to-one side where it has one), and {@code ALL},
 * in the layout of the hand-written catalogue declarations ({@code SakilaRelationships}).
 */
final class DeclarationSource {

    private static final String INDENT = "    ";
    private static final String CONTINUATION = INDENT + INDENT + INDENT;

    private DeclarationSource() {
    }

    static String write(DeclarationPlan plan, String packageName, String className, String schema) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n\n");
        TreeSet<String> imports = new TreeSet<>();
        TreeSet<String> staticImports = new TreeSet<>();
        for (Entity entity : plan.entities()) {
            addImport(imports, packageName, entity.modelType());
            staticImports.add(entity.supportType() + "." + entity.tableObject());
        }
        for (Relationship relationship : plan.relationships()) {
            if (relationship.linkTable() != null) {
                staticImports.add(relationship.linkSupport() + "." + relationship.linkTable());
            }
        }
        imports.add("dev.relkit.relation.EntityType");
        imports.add("dev.relkit.relation.Relationship");
        imports.add("dev.relkit.relation.RelationshipPair");
        imports.add("java.util.List");
        imports.forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append('\n');
        staticImports.forEach(i -> out.append("import static ").append(i).append(";\n"));
        out.append('\n');
        out.append("/**\n * The entities and relationships of the schema {@code ").append(schema)
                .append("}, one declaration per foreign key\n * direction, written by relkit-generator from the live schema.")
                .append(" Regenerate rather than edit: a\n * declaration that needs more (an {@code orderBy}, a cascade, a loading")
                .append(" default) belongs in a\n * hand-written class that reuses these constants.\n");
        if (!plan.warnings().isEmpty()) {
            out.append(" *\n * <p>Not declared:\n * <ul>\n");
            plan.warnings().forEach(w -> out.append(" *   <li>").append(w).append("</li>\n"));
            out.append(" * </ul>\n");
        }
        out.append(" */\n");
        out.append("public final class ").append(className).append(" {\n");
        for (Entity entity : plan.entities()) {
            out.append('\n').append(entityType(entity));
        }
        String owner = null;
        Set<Relationship> written = new HashSet<>();
        for (Relationship relationship : plan.relationships()) {
            if (!written.add(relationship)) {
                continue; // the inverse of a pair written before
            }
            if (!relationship.owner().table().equals(owner)) {
                owner = relationship.owner().table();
                out.append('\n').append(INDENT).append("// ---- ").append(owner).append(" ----\n");
            }
            Optional<Relationship> inverse = inverseOf(relationship, plan);
            if (inverse.isPresent()) {
                written.add(inverse.get());
                Relationship declared = inverse.get().kind() == Kind.MANY_TO_ONE ? inverse.get() : relationship;
                out.append('\n').append(pair(declared, declared == relationship ? inverse.get() : relationship));
            } else {
                out.append('\n').append(relationship(relationship));
            }
        }
        out.append('\n').append(INDENT).append("/** Every relationship of the schema. */\n");
        out.append(INDENT).append("public static final List<Relationship<?, ?>> ALL = List.of(");
        out.append(wrap(plan.relationships().stream().map(Relationship::constant).toList()));
        out.append(");\n\n");
        out.append(INDENT).append("private ").append(className).append("() {\n").append(INDENT).append("}\n}\n");
        return out.toString();
    }

    /**
     * The entity from its table class ({@code EntityType.fromTable}): MyBatis Generator names each column
     * field as the model's property, so only the key and the resultMap are written.
     */
    private static String entityType(Entity entity) {
        String model = entity.modelSimpleName();
        String table = entity.tableObject();
        StringBuilder out = new StringBuilder();
        out.append(INDENT).append("public static final EntityType<").append(model).append("> ").append(entity.constant())
                .append(" = EntityType.fromTable(").append(model).append(".class, ").append(table).append(")\n");
        List<Column> keys = entity.keyColumns();
        boolean generatedId = keys.size() == 1 && keys.get(0).generated();
        for (Column key : keys) {
            out.append(CONTINUATION).append('.').append(generatedId ? "generatedId" : "id").append('(')
                    .append(table).append('.').append(key.property()).append(")\n");
        }
        out.append(CONTINUATION).append(".resultMap(\"").append(entity.mapperType()).append('.').append(entity.resultMapId())
                .append("\")\n");
        out.append(CONTINUATION).append(".build();\n");
        return out.toString();
    }

    /** The relationship that {@code relationship} back-populates, when the plan declares it. */
    private static Optional<Relationship> inverseOf(Relationship relationship, DeclarationPlan plan) {
        if (relationship.backPopulates() == null) {
            return Optional.empty();
        }
        return plan.relationships().stream()
                .filter(r -> r.owner() == relationship.target() && r.name().equals(relationship.backPopulates()))
                .findFirst();
    }

    /** Both sides in one declaration, {@code withInverse}, the join written on {@code declared} only. */
    private static String pair(Relationship declared, Relationship inverse) {
        String pairConstant = declared.constant() + "_PAIR";
        StringBuilder out = new StringBuilder();
        out.append(INDENT).append("/** ").append(declared.description()).append(" */\n");
        out.append(INDENT).append("public static final RelationshipPair<").append(typeArguments(declared)).append("> ")
                .append(pairConstant).append(" = ").append(start(declared));
        out.append(joinAndOptions(declared, false));
        out.append(CONTINUATION).append(".withInverse(\"").append(inverse.name()).append("\", inverse -> inverse")
                .append(("\n" + options(inverse)).replace("\n" + CONTINUATION, "\n" + CONTINUATION + INDENT + INDENT).stripTrailing())
                .append(")\n");
        out.append(CONTINUATION).append(".build();\n");
        out.append(INDENT).append("public static final Relationship<").append(typeArguments(declared)).append("> ")
                .append(declared.constant()).append(" = ").append(pairConstant).append(".relationship();\n");
        out.append(INDENT).append("/** ").append(inverse.description()).append(" */\n");
        out.append(INDENT).append("public static final Relationship<").append(typeArguments(inverse)).append("> ")
                .append(inverse.constant()).append(" = ").append(pairConstant).append(".inverse();\n");
        return out.toString();
    }

    private static String relationship(Relationship relationship) {
        StringBuilder out = new StringBuilder();
        out.append(INDENT).append("/** ").append(relationship.description()).append(" */\n");
        out.append(INDENT).append("public static final Relationship<").append(typeArguments(relationship)).append("> ")
                .append(relationship.constant()).append(" = ").append(start(relationship));
        out.append(joinAndOptions(relationship, true));
        out.append(CONTINUATION).append(".build();\n");
        return out.toString();
    }

    private static String typeArguments(Relationship relationship) {
        return relationship.owner().modelSimpleName() + ", " + relationship.target().modelSimpleName();
    }

    private static String start(Relationship relationship) {
        return "Relationship." + relationship.kind().builder + "(\"" + relationship.name() + "\", "
                + relationship.owner().constant() + ", " + relationship.target().constant() + ")\n";
    }

    /** The join, then the options; {@code backPopulates} only where the inverse is declared on its own. */
    private static String joinAndOptions(Relationship relationship, boolean withBackPopulates) {
        StringBuilder out = new StringBuilder();
        for (Join join : relationship.on()) {
            out.append(CONTINUATION).append(".on(").append(column(join.leftTable(), join.leftProperty())).append(", ")
                    .append(column(join.rightTable(), join.rightProperty())).append(")\n");
        }
        if (relationship.linkTable() != null) {
            out.append(CONTINUATION).append(".secondary(").append(relationship.linkTable()).append(")\n");
            for (Join join : relationship.linkOn()) {
                out.append(CONTINUATION).append(".secondaryOn(").append(column(join.leftTable(), join.leftProperty())).append(", ")
                        .append(column(join.rightTable(), join.rightProperty())).append(")\n");
            }
        }
        out.append(options(relationship));
        if (withBackPopulates && relationship.backPopulates() != null) {
            out.append(CONTINUATION).append(".backPopulates(\"").append(relationship.backPopulates()).append("\")\n");
        }
        return out.toString();
    }

    /** The property, role alias and view-only: what either side of a pair declares for itself. */
    private static String options(Relationship relationship) {
        String ownerModel = relationship.owner().modelSimpleName();
        String accessor = Names.capitalized(relationship.name());
        StringBuilder out = new StringBuilder();
        out.append(CONTINUATION).append(relationship.kind().collection() ? ".list(" : ".reference(")
                .append(ownerModel).append("::get").append(accessor).append(", ")
                .append(ownerModel).append("::set").append(accessor).append(")\n");
        if (relationship.roleAlias() != null) {
            out.append(CONTINUATION).append(".roleAlias(\"").append(relationship.roleAlias()).append("\")\n");
        }
        if (relationship.viewOnly()) {
            out.append(CONTINUATION).append(".viewOnly()\n");
        }
        return out.toString();
    }

    private static String column(String table, String property) {
        return table + "." + property;
    }

    private static void addImport(TreeSet<String> imports, String packageName, String type) {
        if (!type.substring(0, type.lastIndexOf('.')).equals(packageName)) {
            imports.add(type);
        }
    }

    private static String wrap(List<String> constants) {
        StringBuilder out = new StringBuilder("\n").append(CONTINUATION);
        int width = CONTINUATION.length();
        for (int i = 0; i < constants.size(); i++) {
            String item = constants.get(i) + (i + 1 < constants.size() ? "," : "");
            if (width + item.length() + 1 > 120 && width > CONTINUATION.length()) {
                out.append('\n').append(CONTINUATION);
                width = CONTINUATION.length();
            } else if (width > CONTINUATION.length()) {
                out.append(' ');
                width++;
            }
            out.append(item);
            width += item.length();
        }
        return out.toString();
    }
}
