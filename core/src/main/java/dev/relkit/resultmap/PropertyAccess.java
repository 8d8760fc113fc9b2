package dev.relkit.resultmap;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
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
 *
 * <p>Public for relkit's own use (the compiled resultMaps, and the attributes
 * {@code EntityType.fromTable} derives); not part of the API applications program against.
 */
public final class PropertyAccess {

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
    public static BiConsumer<Object, Object> setter(ReflectorFactory reflectors, Class<?> type, String property) {
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
    public static Function<Object, Object> getter(ReflectorFactory reflectors, Class<?> type, String property) {
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

    @SuppressWarnings("unchecked")
    private static BiConsumer<Object, Object> generatedSetter(Class<?> type, String property,
            ReflectorFactory reflectors) {
        Class<?> valueType = MetaClass.forClass(type, reflectors).getSetterType(property);
        Method method = publicMethod(type, "set" + capitalized(property), valueType);
        BiConsumer<Object, Object> setter = method == null || method.getReturnType() != void.class ? null
                : lambda(BiConsumer.class, "accept", MethodType.methodType(void.class, Object.class, Object.class),
                        type, method, MethodType.methodType(void.class, type, boxed(valueType)));
        if (setter != null) {
            return setter;
        }
        Invoker invoker = reflectors.findForClass(type).getSetInvoker(property);
        return (target, value) -> invoke(invoker, target, new Object[] {value});
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> generatedGetter(Class<?> type, String property,
            ReflectorFactory reflectors) {
        Class<?> valueType = MetaClass.forClass(type, reflectors).getGetterType(property);
        String suffix = capitalized(property);
        Method method = publicMethod(type, "get" + suffix);
        if (method == null && (valueType == boolean.class || valueType == Boolean.class)) {
            method = publicMethod(type, "is" + suffix);
        }
        Function<Object, Object> getter = method == null || method.getReturnType() == void.class ? null
                : lambda(Function.class, "apply", MethodType.methodType(Object.class, Object.class), type, method,
                        MethodType.methodType(boxed(method.getReturnType()), type));
        if (getter != null) {
            return getter;
        }
        Invoker invoker = reflectors.findForClass(type).getGetInvoker(property);
        return target -> invoke(invoker, target, new Object[0]);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Supplier<Object>> generatedConstructor(Class<?> type) {
        Class<?> concrete = defaultImplementation(type);
        if (!Modifier.isPublic(concrete.getModifiers()) || Modifier.isAbstract(concrete.getModifiers())) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(lambda(Supplier.class, "get", MethodType.methodType(Object.class), concrete,
                    concrete.getConstructor(), MethodType.methodType(concrete)));
        } catch (NoSuchMethodException e) {
            return Optional.empty(); // no public no-argument constructor: the object factory says what is wrong
        }
    }

    /**
     * A {@code functionalInterface} instance whose {@code methodName} calls {@code member} (a method
     * or constructor of {@code owner}) directly, or null when the lookup cannot reach it; the
     * caller then uses MyBatis's reflective way, which reaches everything MyBatis reaches.
     */
    private static <F> F lambda(Class<F> functionalInterface, String methodName, MethodType erased, Class<?> owner,
            Member member, MethodType instantiated) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            MethodHandle target = member instanceof Constructor<?> constructor ? lookup.unreflectConstructor(constructor)
                    : lookup.unreflect((Method) member);
            return functionalInterface.cast(LambdaMetafactory.metafactory(lookup, methodName,
                    MethodType.methodType(functionalInterface), erased, target, instantiated).getTarget().invoke());
        } catch (Throwable e) {
            return null;
        }
    }

    private static Class<?> boxed(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
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
