package dev.relkit.spring;

import dev.relkit.relation.EntityType;
import dev.relkit.relation.GenericReference;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Polymorphism;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The relationship declarations of an application, gathered from {@link Metamodel}s it builds and from
 * the {@code public static final} fields of the classes in packages it names: every
 * {@link Relationship} becomes part of the metamodel (both sides of every {@link RelationshipPair}, one
 * relationship per type of every {@link GenericReference}), every {@link EntityType} that takes part in no
 * relationship is managed by units of work all the same ({@code Relkit.Builder.entities}), and every
 * {@link Polymorphism} is written polymorphically ({@code Relkit.Builder.polymorphic}).
 *
 * <p>Scanning reads classes with Spring's classpath scanner and initializes them to read their
 * constants, the way relkit's own declarations are written ({@code HeroRelationships.WINTER_TEAM}).
 * Classes are read in name order and fields in declaration order; a declaration found twice (in a
 * package and in a {@code Metamodel}, or through a list constant) counts once.
 */
public final class RelationshipDeclarations {

    private final Map<Relationship<?, ?>, Boolean> relationships = new IdentityHashMap<>();
    private final List<Relationship<?, ?>> relationshipOrder = new ArrayList<>();
    private final Map<EntityType<?>, Boolean> entities = new IdentityHashMap<>();
    private final List<EntityType<?>> entityOrder = new ArrayList<>();
    private final Map<Polymorphism<?>, Boolean> hierarchies = new IdentityHashMap<>();
    private final List<Polymorphism<?>> hierarchyOrder = new ArrayList<>();

    /** Adds the relationships of a metamodel. */
    public RelationshipDeclarations add(Metamodel metamodel) {
        metamodel.relationships().forEach(this::addRelationship);
        return this;
    }

    /** Adds relationships declared one by one. */
    public RelationshipDeclarations addRelationships(Collection<? extends Relationship<?, ?>> declared) {
        declared.forEach(this::addRelationship);
        return this;
    }

    /**
     * Adds the declarations held by {@code public static final} fields of the classes in
     * {@code basePackages} and their sub-packages.
     *
     * @throws IllegalArgumentException when a package holds no class at all (a misspelt name)
     */
    public RelationshipDeclarations scan(ClassLoader classLoader, Collection<String> basePackages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        if (classLoader != null) {
            scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(classLoader));
        }
        for (String basePackage : basePackages) {
            List<String> classNames = scanner.findCandidateComponents(basePackage).stream()
                    .map(BeanDefinition::getBeanClassName)
                    .filter(Objects::nonNull)
                    .sorted(Comparator.naturalOrder())
                    .toList();
            if (classNames.isEmpty()) {
                throw new IllegalArgumentException("relkit found no class in the package " + basePackage
                        + " named for its relationship declarations");
            }
            for (String className : classNames) {
                addConstants(ClassUtils.resolveClassName(className, classLoader));
            }
        }
        return this;
    }

    private void addConstants(Class<?> holder) {
        for (Field field : holder.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isPublic(modifiers) || !Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)) {
                continue;
            }
            Class<?> type = field.getType();
            if (!Relationship.class.isAssignableFrom(type) && !RelationshipPair.class.isAssignableFrom(type)
                    && !GenericReference.class.isAssignableFrom(type) && !EntityType.class.isAssignableFrom(type)
                    && !Polymorphism.class.isAssignableFrom(type)) {
                continue;
            }
            Object value;
            try {
                value = field.get(null);
            } catch (IllegalAccessException e) {
                continue; // a public field of a class that is not: not a declaration meant to be shared
            }
            if (value instanceof Relationship<?, ?> relationship) {
                addRelationship(relationship);
            } else if (value instanceof RelationshipPair<?, ?> pair) {
                pair.both().forEach(this::addRelationship);
            } else if (value instanceof GenericReference<?> reference) {
                reference.relationships().forEach(this::addRelationship);
            } else if (value instanceof EntityType<?> entity) {
                addEntity(entity);
            } else if (value instanceof Polymorphism<?> hierarchy) {
                addHierarchy(hierarchy);
            }
        }
    }

    /** Adds one relationship. */
    public RelationshipDeclarations addRelationship(Relationship<?, ?> relationship) {
        if (relationships.put(Objects.requireNonNull(relationship, "relationship"), Boolean.TRUE) == null) {
            relationshipOrder.add(relationship);
        }
        return this;
    }

    /** Adds an entity that units of work manage even when it takes part in no relationship. */
    public RelationshipDeclarations addEntity(EntityType<?> entity) {
        if (entities.put(Objects.requireNonNull(entity, "entity"), Boolean.TRUE) == null) {
            entityOrder.add(entity);
        }
        return this;
    }

    /** Adds a joined-table hierarchy that units of work write polymorphically. */
    public RelationshipDeclarations addHierarchy(Polymorphism<?> hierarchy) {
        if (hierarchies.put(Objects.requireNonNull(hierarchy, "hierarchy"), Boolean.TRUE) == null) {
            hierarchyOrder.add(hierarchy);
        }
        return this;
    }

    public boolean isEmpty() {
        return relationshipOrder.isEmpty() && entityOrder.isEmpty() && hierarchyOrder.isEmpty();
    }

    /** The metamodel of every relationship found (checks that declared inverses exist). */
    public Metamodel metamodel() {
        return Metamodel.of(relationshipOrder);
    }

    /** The entities found that take part in none of the relationships found. */
    public List<EntityType<?>> entitiesOutsideRelationships() {
        Map<EntityType<?>, Boolean> inRelationships = new IdentityHashMap<>();
        for (Relationship<?, ?> relationship : relationshipOrder) {
            inRelationships.put(relationship.owner(), Boolean.TRUE);
            inRelationships.put(relationship.target(), Boolean.TRUE);
        }
        return entityOrder.stream().filter(entity -> !inRelationships.containsKey(entity)).toList();
    }

    /** The joined-table hierarchies found. */
    public List<Polymorphism<?>> hierarchies() {
        return List.copyOf(hierarchyOrder);
    }
}
