package dev.relkit.model;

import dev.relkit.model.hero.Hero;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks, on every class of the model, the conventions mappers and loaders rely on: a public
 * no-arg constructor, a getter and setter for every field, collections that start empty in the
 * prescribed mutable type, object identity, and a {@code toString()} that never prints a
 * relationship.
 */
class ModelConventionsTest {

    private static final String MODEL_PACKAGE = "dev.relkit.model";

    @Test
    void findsTheModelClasses() {
        assertThat(modelClasses()).extracting(Class::getSimpleName)
                .contains("Hero", "User", "Employee", "Enrollment", "Order", "TreeNode", "Post",
                        "BookAuthorLink", "Engineer", "CustomerOrderLine");
    }

    @TestFactory
    Stream<DynamicTest> everyClassHasAPublicNoArgConstructor() {
        return perClass(type ->
                assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> everyFieldHasAGetterAndASetter() {
        return perClass(type -> {
            Map<String, PropertyDescriptor> properties = properties(type);
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                String description = type.getSimpleName() + "." + field.getName();
                PropertyDescriptor property = properties.get(field.getName());
                assertThat(property).as("property %s", description).isNotNull();
                assertThat(property.getReadMethod()).as("getter of %s", description).isNotNull();
                assertThat(property.getWriteMethod()).as("setter of %s", description).isNotNull();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCollectionStartsEmptyInItsPrescribedMutableType() {
        return perClass(type -> {
            Object instance = type.getConstructor().newInstance();
            for (PropertyDescriptor property : properties(type).values()) {
                Class<?> propertyType = property.getPropertyType();
                if (!Collection.class.isAssignableFrom(propertyType)
                        && !Map.class.isAssignableFrom(propertyType)) {
                    continue;
                }
                Object value = property.getReadMethod().invoke(instance);
                String description = type.getSimpleName() + "." + property.getName();
                Class<?> expected = List.class.equals(propertyType) ? ArrayList.class
                        : Set.class.equals(propertyType) ? LinkedHashSet.class
                        : LinkedHashMap.class;
                assertThat(value).as(description).isExactlyInstanceOf(expected);
                boolean empty = value instanceof Map<?, ?> map
                        ? map.isEmpty()
                        : ((Collection<?>) value).isEmpty();
                assertThat(empty).as("%s starts empty", description).isTrue();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> noClassOverridesEqualsOrHashCode() {
        return perClass(type -> {
            assertThat(type.getMethod("equals", Object.class).getDeclaringClass())
                    .isEqualTo(Object.class);
            assertThat(type.getMethod("hashCode").getDeclaringClass()).isEqualTo(Object.class);
        });
    }

    /**
     * Fills every relationship (each collection gets one element) with fresh model objects, whose
     * own {@code toString()} contains a brace: the printed instance may hold only its own pair.
     */
    @TestFactory
    Stream<DynamicTest> toStringPrintsScalarColumnsOnly() {
        return perClass(type -> {
            Object instance = type.getConstructor().newInstance();
            for (PropertyDescriptor property : properties(type).values()) {
                Method getter = property.getReadMethod();
                Method setter = property.getWriteMethod();
                if (getter == null || setter == null) {
                    continue;
                }
                Class<?> propertyType = property.getPropertyType();
                if (isModelClass(propertyType)) {
                    setter.invoke(instance, newModelObject(propertyType));
                } else if (Collection.class.isAssignableFrom(propertyType)) {
                    Class<?> element = typeArgument(getter.getGenericReturnType(), 0);
                    @SuppressWarnings("unchecked")
                    Collection<Object> collection = (Collection<Object>) getter.invoke(instance);
                    collection.add(newModelObject(element));
                } else if (Map.class.isAssignableFrom(propertyType)) {
                    Class<?> value = typeArgument(getter.getGenericReturnType(), 1);
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> map = (Map<Object, Object>) getter.invoke(instance);
                    map.put("key", newModelObject(value));
                }
            }

            assertThat(instance.toString())
                    .startsWith(type.getSimpleName() + "{")
                    .endsWith("}")
                    .containsOnlyOnce("{");
        });
    }

    private interface ClassCheck {
        void check(Class<?> type) throws Exception;
    }

    private static Stream<DynamicTest> perClass(ClassCheck check) {
        return modelClasses().stream()
                .map(type -> DynamicTest.dynamicTest(type.getName(), () -> check.check(type)));
    }

    private static Map<String, PropertyDescriptor> properties(Class<?> type)
            throws IntrospectionException {
        Map<String, PropertyDescriptor> properties = new LinkedHashMap<>();
        BeanInfo beanInfo = Introspector.getBeanInfo(type, Object.class);
        for (PropertyDescriptor property : beanInfo.getPropertyDescriptors()) {
            properties.put(property.getName(), property);
        }
        return properties;
    }

    private static boolean isModelClass(Class<?> type) {
        return type.getPackageName().startsWith(MODEL_PACKAGE);
    }

    private static Object newModelObject(Class<?> type) throws ReflectiveOperationException {
        assertThat(isModelClass(type)).as("%s is a model class", type).isTrue();
        return type.getConstructor().newInstance();
    }

    private static Class<?> typeArgument(Type genericType, int index) {
        Type argument = ((ParameterizedType) genericType).getActualTypeArguments()[index];
        return (Class<?>) argument;
    }

    /** Every top-level class compiled into the model's output directory. */
    private static List<Class<?>> modelClasses() {
        try {
            Path classes = Path.of(
                    Hero.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = classes.resolve(MODEL_PACKAGE.replace('.', '/'));
            try (Stream<Path> walk = Files.walk(root)) {
                List<Path> files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
                List<Class<?>> found = new ArrayList<>();
                for (Path file : files) {
                    String relative = classes.relativize(file).toString();
                    String name = relative.substring(0, relative.length() - ".class".length())
                            .replace(file.getFileSystem().getSeparator(), ".");
                    if (!name.contains("$")) {
                        found.add(Class.forName(name));
                    }
                }
                return found;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot list the model classes", e);
        }
    }
}
