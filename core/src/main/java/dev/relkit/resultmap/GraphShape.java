package dev.relkit.resultmap;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An object graph written out as text: every bean with its fields (sorted by name), every list in
 * order with its class, and every object seen before as a back reference {@code #n} to its first
 * appearance. Two graphs with the same text hold the same values and share objects in the same
 * places, which is what "maps as MyBatis does" means for {@link MyBatisComparison} and relkit's
 * differential tests. Objects of the JDK's own modules that are not collections, maps or arrays are
 * written with {@code toString()}.
 */
final class GraphShape {

    private final Map<Object, Integer> seen = new IdentityHashMap<>();
    private final StringBuilder text = new StringBuilder();

    private GraphShape() {
    }

    static String of(Object graph) {
        GraphShape shape = new GraphShape();
        shape.write(graph);
        return shape.text.toString();
    }

    private void write(Object value) {
        if (value == null || isValue(value.getClass())) {
            text.append(value);
        } else if (value.getClass().isArray()) {
            text.append('[');
            for (int i = 0; i < Array.getLength(value); i++) {
                write(Array.get(value, i));
                text.append(',');
            }
            text.append(']');
        } else if (seen.containsKey(value)) {
            text.append('#').append(seen.get(value));
        } else {
            seen.put(value, seen.size());
            if (value instanceof Set<?> set) {
                // hash order differs between two runs: each element on its own, sorted
                List<String> elements = new ArrayList<>();
                set.forEach(element -> elements.add(of(element)));
                elements.sort(Comparator.naturalOrder());
                text.append(value.getClass().getSimpleName()).append(elements);
            } else if (value instanceof Collection<?> collection) {
                text.append(value.getClass().getSimpleName()).append('[');
                collection.forEach(element -> {
                    write(element);
                    text.append(',');
                });
                text.append(']');
            } else if (value instanceof Map<?, ?> map) {
                text.append(value.getClass().getSimpleName()).append('{');
                // by key, as text: keys need not be comparable
                Map<String, Object> byKey = new TreeMap<>();
                map.forEach((key, element) -> byKey.put(of(key), element));
                byKey.forEach((key, element) -> {
                    text.append(key).append('=');
                    write(element);
                    text.append(',');
                });
                text.append('}');
            } else if (value.getClass().getModule().isNamed()) {
                text.append(value.getClass().getSimpleName()).append('(').append(value).append(')');
            } else {
                writeBean(value);
            }
        }
    }

    private void writeBean(Object bean) {
        text.append(bean.getClass().getSimpleName()).append('#').append(seen.get(bean)).append('{');
        Map<String, Field> fields = new TreeMap<>();
        // the fields of the application's classes: those of a JDK superclass are not accessible
        for (Class<?> type = bean.getClass(); type != null && !type.getModule().isNamed(); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.putIfAbsent(type.getSimpleName() + '.' + field.getName(), field);
                }
            }
        }
        fields.forEach((name, field) -> {
            text.append(name).append('=');
            try {
                field.setAccessible(true);
                write(field.get(bean));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            text.append(',');
        });
        text.append('}');
    }

    /**
     * Where two shapes first differ, with some text of each around it; null when they are equal.
     */
    static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        return "at character " + at + ": expected ..." + around(expected, at) + "... but was ..." + around(actual, at)
                + "...";
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 120));
    }

    private static boolean isValue(Class<?> type) {
        return type.isPrimitive() || Enum.class.isAssignableFrom(type) || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class
                || type.getName().startsWith("java.time.") || java.util.Date.class.isAssignableFrom(type)
                || type == java.util.UUID.class;
    }
}
