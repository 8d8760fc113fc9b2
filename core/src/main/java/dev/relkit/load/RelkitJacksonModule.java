package dev.relkit.load;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import javassist.util.proxy.ProxyObject;

import java.util.List;

/**
 * Lets Jackson serialise entities that hold relkit's lazy or raising stand-ins.
 *
 * <p>A lazy reference proxy is written as the object it stands for (it loads on the first getter
 * Jackson calls, like any other use), without the proxy's own plumbing ({@code handler}); a deferred
 * collection is an ordinary {@code List}/{@code Set}/{@code Map} that loads when iterated. A
 * {@code raise} stand-in, or a lazy one whose session is closed, fails serialisation with Jackson's
 * {@code JsonMappingException} whose cause and message are relkit's
 * {@link RelationshipNotLoadedException} or {@link DetachedInstanceException}, naming the
 * relationship and key, instead of an unrelated "no serializer for handler" error.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RelkitJacksonModule());
 * }</pre>
 */
public final class RelkitJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module, registered under the name {@code relkit}; it keeps no state. */
    public RelkitJacksonModule() {
        super("relkit");
        setSerializerModifier(new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                             List<BeanPropertyWriter> properties) {
                if (ProxyObject.class.isAssignableFrom(description.getBeanClass())) {
                    properties.removeIf(property -> property.getName().equals("handler"));
                }
                return properties;
            }
        });
    }
}
