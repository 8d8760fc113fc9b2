package dev.relkit.relation;

import dev.relkit.resultmap.PropertyAccess;
import org.apache.ibatis.reflection.DefaultReflectorFactory;
import org.apache.ibatis.reflection.ReflectorFactory;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The getter and setter of an attribute that {@link EntityType#fromTable} derived from the model
 * class by the property's name. The accessors are generated on first use (with
 * {@code LambdaMetafactory}, as the compiled resultMaps generate theirs), not at declaration, so a
 * property the class lacks is reported by {@code Relkit.bind} with every other problem rather than
 * failing a static initialiser.
 *
 * @param <T> the entity type
 * @param <V> the property's type
 */
final class DerivedProperty<T, V> implements Function<T, V>, BiConsumer<T, V> {

    private static final ReflectorFactory REFLECTORS = new DefaultReflectorFactory();

    private final Class<T> owner;
    private final String property;
    private volatile Function<Object, Object> getter;
    private volatile BiConsumer<Object, Object> setter;

    DerivedProperty(Class<T> owner, String property) {
        this.owner = owner;
        this.property = property;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V apply(T entity) {
        Function<Object, Object> read = getter;
        if (read == null) {
            read = resolve(() -> PropertyAccess.getter(REFLECTORS, owner, property));
            getter = read;
        }
        return (V) read.apply(entity);
    }

    @Override
    public void accept(T entity, V value) {
        BiConsumer<Object, Object> write = setter;
        if (write == null) {
            write = resolve(() -> PropertyAccess.setter(REFLECTORS, owner, property));
            setter = write;
        }
        write.accept(entity, value);
    }

    private <F> F resolve(Supplier<F> accessor) {
        try {
            return accessor.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(owner.getSimpleName() + "." + property + ": the attribute was derived from"
                    + " the table class, and " + owner.getName() + " has no accessible property '" + property
                    + "' (Relkit.bind reports this too); rename it with property(column, name) or declare it with column(...)", e);
        }
    }
}
