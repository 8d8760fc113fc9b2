package dev.relkit.load;

import javassist.util.proxy.MethodHandler;
import javassist.util.proxy.ProxyFactory;
import javassist.util.proxy.ProxyObject;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Key-only stand-ins for many-to-one targets loaded {@code lazy} or {@code raise}: a subclass of the
 * target class (made with Javassist, as MyBatis makes its own lazy proxies) whose methods resolve
 * the real object on first call and delegate to it.
 *
 * <p>{@code toString}, {@code equals} and {@code hashCode} never resolve: they describe the proxy
 * ({@code Team#1 (not loaded)}) and use its identity, so logging or hashing an entity runs no SQL.
 * The target class needs an accessible no-argument constructor and must not be final.
 */
final class ReferenceProxies {

    /** The proxy class's constructor per target class: looked up once, not per proxy. */
    private static final Map<Class<?>, Constructor<?>> PROXY_CONSTRUCTORS = new ConcurrentHashMap<>();

    private ReferenceProxies() {
    }

    /** A proxy of {@code type} whose real object comes from {@code resolver}. */
    static <T> T proxy(Class<T> type, Supplier<String> description, Supplier<Object> resolver) {
        try {
            Constructor<?> constructor = PROXY_CONSTRUCTORS.get(type);
            if (constructor == null) {
                constructor = PROXY_CONSTRUCTORS.computeIfAbsent(type, ReferenceProxies::createProxyConstructor);
            }
            Object proxy = constructor.newInstance();
            ((ProxyObject) proxy).setHandler(new Handler(description, resolver));
            return type.cast(proxy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create a lazy proxy of " + type.getName()
                    + ": it needs a public or protected no-argument constructor", e);
        }
    }

    /** Whether a value is a proxy that has not resolved yet. */
    static boolean isUnloaded(Object value) {
        return value instanceof ProxyObject proxy && proxy.getHandler() instanceof Handler handler && !handler.resolved();
    }

    private static Constructor<?> createProxyConstructor(Class<?> type) {
        ProxyFactory factory = new ProxyFactory();
        factory.setSuperclass(type);
        factory.setFilter(method -> !method.getName().equals("finalize"));
        try {
            return factory.createClass().getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Cannot create a lazy proxy of " + type.getName()
                    + ": it needs a public or protected no-argument constructor", e);
        }
    }

    private static final class Handler implements MethodHandler {
        /** Built only when needed (printing, a missing row): a lazy load makes one proxy per owner. */
        private final Supplier<String> description;
        private final Supplier<Object> resolver;
        private Object target;
        private boolean missing;

        Handler(Supplier<String> description, Supplier<Object> resolver) {
            this.description = description;
            this.resolver = resolver;
        }

        boolean resolved() {
            return target != null;
        }

        /** The foreign key names a row that does not exist (deleted meanwhile, or no constraint keeps it). */
        private IllegalStateException missingRow() {
            return new IllegalStateException(description.get() + " refers to a row that does not exist: the foreign key"
                    + " holds a key no row has (deleted since, or not guarded by a foreign-key constraint)");
        }

        @Override
        public Object invoke(Object self, Method method, Method proceed, Object[] args) throws Throwable {
            String name = method.getName();
            if (args.length == 0 && name.equals("toString")) {
                return target == null ? description.get() + " (not loaded)" : target.toString();
            }
            if (args.length == 1 && name.equals("equals")) {
                return self == args[0] || (target != null && target == args[0]);
            }
            if (args.length == 0 && name.equals("hashCode")) {
                return System.identityHashCode(self);
            }
            if (target == null) {
                if (missing) {
                    throw missingRow();
                }
                Object resolved = resolver.get();
                if (resolved == null) {
                    missing = true; // remembered: asking again would run the same select again
                    throw missingRow();
                }
                target = resolved;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
