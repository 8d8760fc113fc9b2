package dev.relkit.resultmap;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.ibatis.reflection.MetaClass;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.ReflectorFactory;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.apache.ibatis.reflection.factory.ObjectFactory;
import org.apache.ibatis.reflection.invoker.Invoker;

/**
 * Setters, getters and constructors as plain functional objects, generated once per class and
 * property with {@link LambdaMetafactory}, so mapping a row costs a direct call instead of
 * {@link Method#invoke}.
 *
 * <p>A public method of a public class gets a generated function; anything else (a private field,
 * a non-public class, a method the lookup cannot see) falls back to MyBatis's own {@link Invoker}
 * for the same property, so every property MyBatis can write is still written, just more slowly.
 */
final class PropertyAccess {

    /** Per class (so classes of the same name in different loaders never mix): property to function. */
    private static final ClassValue<Map<String, BiConsumer<Object, Object>>> SETTERS = perClass();
    private static final ClassValue<Map<String, Function<Object, Object>>> GETTERS = perClass();
    /** Per class: its generated no-argument constructor, empty where none can be generated. */
    private static final ClassValue<Optional<Supplier<Object>>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Optional<Supplier<Object>> computeValue(Class<?> type) {
            return generatedConstructor(type);
        }
    };

    private PropertyAccess() {
    }

    /** A writer of {@code property} on {@code type}; errors name the property, class and value. */
    static BiConsumer<Object, Object> setter(ReflectorFactory reflectors, Class<?> type, String property) {
        BiConsumer<Object, Object> raw = SETTERS.get(type).computeIfAbsent(property,
                key -> generatedSetter(type, property, reflectors));
        return (target, value) -> {
            try {
                raw.accept(target, value);
            } catch (ClassCastException | IllegalArgumentException e) {
                throw new ReflectionException("Could not set property '" + property + "' of '" + type
                        + "' with value '" + value + "' Cause: " + e, e);
            }
        };
    }

    /** A reader of {@code property} on {@code type}. */
    static Function<Object, Object> getter(ReflectorFactory reflectors, Class<?> type, String property) {
        return GETTERS.get(type).computeIfAbsent(property, key -> generatedGetter(type, property, reflectors));
    }

    /**
     * What {@code objectFactory.create(type)} returns, as a supplier: generated for MyBatis's
     * default factory (whose interface-to-class choices it repeats), the factory itself otherwise.
     */
    static Supplier<Object> instantiator(ObjectFactory objectFactory, Class<?> type) {
        if (objectFactory.getClass() != DefaultObjectFactory.class) {
            return () -> objectFactory.create(type);
        }
        return CONSTRUCTORS.get(type).orElse(() -> objectFactory.create(type));
    }

    private static <V> ClassValue<Map<String, V>> perClass() {
        return new ClassValue<>() {
            @Override
            protected Map<String, V> computeValue(Class<?> type) {
                return new ConcurrentHashMap<>();
            }
        };
    }

    private static BiConsumer<Object, Object> generatedSetter(Class<?> type, String property,
            ReflectorFactory reflectors) {
        MetaClass metaClass = MetaClass.forClass(type, reflectors);
        Class<?> valueType = metaClass.getSetterType(property);
        Method method = publicMethod(type, "set" + capitalized(property), valueType);
        if (method != null && method.getReturnType() == void.class) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                MethodHandle handle = lookup.unreflect(method);
                @SuppressWarnings("unchecked")
                BiConsumer<Object, Object> setter = (BiConsumer<Object, Object>) LambdaMetafactory.metafactory(
                        lookup, "accept", MethodType.methodType(BiConsumer.class),
                        MethodType.methodType(void.class, Object.class, Object.class), handle,
                        MethodType.methodType(void.class, type, MethodType.methodType(valueType).wrap().returnType()))
                        .getTarget().invokeExact();
                return setter;
            } catch (Throwable e) {
                // the lookup cannot see it: MyBatis's invoker below writes it as MyBatis would
            }
        }
        Invoker invoker = reflectors.findForClass(type).getSetInvoker(property);
        return (target, value) -> invoke(invoker, target, new Object[] {value});
    }

    private static Function<Object, Object> generatedGetter(Class<?> type, String property,
            ReflectorFactory reflectors) {
        MetaClass metaClass = MetaClass.forClass(type, reflectors);
        Class<?> valueType = metaClass.getGetterType(property);
        String suffix = capitalized(property);
        Method method = publicMethod(type, "get" + suffix);
        if (method == null && (valueType == boolean.class || valueType == Boolean.class)) {
            method = publicMethod(type, "is" + suffix);
        }
        if (method != null && method.getReturnType() != void.class) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                MethodHandle handle = lookup.unreflect(method);
                @SuppressWarnings("unchecked")
                Function<Object, Object> getter = (Function<Object, Object>) LambdaMetafactory.metafactory(
                        lookup, "apply", MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class), handle,
                        MethodType.methodType(MethodType.methodType(method.getReturnType()).wrap().returnType(), type))
                        .getTarget().invokeExact();
                return getter;
            } catch (Throwable e) {
                // as for setters: MyBatis's invoker below
            }
        }
        Invoker invoker = reflectors.findForClass(type).getGetInvoker(property);
        return target -> invoke(invoker, target, new Object[0]);
    }

    private static Optional<Supplier<Object>> generatedConstructor(Class<?> type) {
        Class<?> concrete = defaultImplementation(type);
        if (Modifier.isPublic(concrete.getModifiers()) && !Modifier.isAbstract(concrete.getModifiers())) {
            try {
                Constructor<?> constructor = concrete.getConstructor();
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(concrete, MethodHandles.lookup());
                @SuppressWarnings("unchecked")
                Supplier<Object> supplier = (Supplier<Object>) LambdaMetafactory.metafactory(lookup, "get",
                        MethodType.methodType(Supplier.class), MethodType.methodType(Object.class),
                        lookup.unreflectConstructor(constructor), MethodType.methodType(concrete))
                        .getTarget().invokeExact();
                return Optional.of(supplier);
            } catch (Throwable e) {
                // no public no-argument constructor: the object factory says what is wrong
            }
        }
        return Optional.empty();
    }

    /** The classes {@link DefaultObjectFactory} instantiates for collection and map interfaces. */
    private static Class<?> defaultImplementation(Class<?> type) {
        if (type == List.class || type == Collection.class || type == Iterable.class) {
            return java.util.ArrayList.class;
        }
        if (type == Map.class) {
            return java.util.HashMap.class;
        }
        if (type == SortedSet.class) {
            return java.util.TreeSet.class;
        }
        if (type == Set.class) {
            return java.util.HashSet.class;
        }
        return type;
    }

    private static Method publicMethod(Class<?> type, String name, Class<?>... parameterTypes) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        try {
            return type.getMethod(name, parameterTypes);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String capitalized(String property) {
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    private static Object invoke(Invoker invoker, Object target, Object[] arguments) {
        try {
            return invoker.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new ReflectionException(e);
        } catch (InvocationTargetException e) {
            throw new ReflectionException(e.getTargetException());
        }
    }
}
