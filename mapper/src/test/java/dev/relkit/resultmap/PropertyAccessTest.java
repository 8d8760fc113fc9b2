package dev.relkit.resultmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.SortedSet;
import org.apache.ibatis.reflection.DefaultReflectorFactory;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.ReflectorFactory;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.junit.jupiter.api.Test;

class PropertyAccessTest {

    private final ReflectorFactory reflectors = new DefaultReflectorFactory();

    public static class PublicBean {
        private long count;
        private String name;
        private List<String> tags;
        private boolean active;
        @SuppressWarnings("unused")
        private Integer fieldOnly;

        public long getCount() {
            return count;
        }

        public void setCount(long count) {
            this.count = count;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getTags() {
            return tags;
        }

        public void setTags(List<String> tags) {
            this.tags = tags;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    /** Not public: the generated functions cannot be used, MyBatis's invokers are. */
    static class HiddenBean {
        private String name;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }
    }

    @Test
    void writesAndReadsPublicPropertiesIncludingPrimitivesAndBooleanGetters() {
        PublicBean bean = new PublicBean();

        PropertyAccess.setter(reflectors, PublicBean.class, "count").accept(bean, 42L);
        PropertyAccess.setter(reflectors, PublicBean.class, "name").accept(bean, "Deadpond");
        PropertyAccess.setter(reflectors, PublicBean.class, "active").accept(bean, true);

        assertThat(bean.getCount()).isEqualTo(42L);
        assertThat(PropertyAccess.getter(reflectors, PublicBean.class, "name").apply(bean)).isEqualTo("Deadpond");
        assertThat(PropertyAccess.getter(reflectors, PublicBean.class, "active").apply(bean)).isEqualTo(true);
        assertThat(PropertyAccess.getter(reflectors, PublicBean.class, "count").apply(bean)).isEqualTo(42L);
    }

    @Test
    void publicMethodsGetGeneratedFunctionsAndTheRestMyBatissInvokers() {
        // a generated function is a hidden class of the bean's own nest; a fallback is PropertyAccess's lambda
        assertThat(PropertyAccess.getter(reflectors, PublicBean.class, "name").getClass().getName())
                .startsWith(PublicBean.class.getName() + "$$Lambda");
        assertThat(PropertyAccess.instantiator(new DefaultObjectFactory(), PublicBean.class).getClass().getName())
                .startsWith(PublicBean.class.getName() + "$$Lambda");
        assertThat(PropertyAccess.getter(reflectors, HiddenBean.class, "name").getClass().getName())
                .startsWith(PropertyAccess.class.getName() + "$$Lambda");
        assertThat(PropertyAccess.getter(reflectors, PublicBean.class, "fieldOnly").getClass().getName())
                .startsWith(PropertyAccess.class.getName() + "$$Lambda");
    }

    @Test
    void fallsBackToMyBatisInvokersForFieldsAndHiddenClasses() {
        PublicBean bean = new PublicBean();
        PropertyAccess.setter(reflectors, PublicBean.class, "fieldOnly").accept(bean, 7);
        assertThat(PropertyAccess.getter(reflectors, PublicBean.class, "fieldOnly").apply(bean)).isEqualTo(7);

        HiddenBean hidden = new HiddenBean();
        PropertyAccess.setter(reflectors, HiddenBean.class, "name").accept(hidden, "Rusty-Man");
        assertThat(hidden.getName()).isEqualTo("Rusty-Man");
        assertThat(PropertyAccess.getter(reflectors, HiddenBean.class, "name").apply(hidden)).isEqualTo("Rusty-Man");
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorNamingPropertyClassAndValue() {
        assertThatThrownBy(() -> PropertyAccess.setter(reflectors, PublicBean.class, "name")
                .accept(new PublicBean(), 12))
                .isInstanceOf(ReflectionException.class)
                .hasMessageContaining("'name'").hasMessageContaining("PublicBean").hasMessageContaining("'12'");
    }

    @Test
    void instantiatesWhatMyBatissDefaultObjectFactoryWould() {
        DefaultObjectFactory factory = new DefaultObjectFactory();

        assertThat(PropertyAccess.instantiator(factory, List.class).get()).isInstanceOf(ArrayList.class);
        assertThat(PropertyAccess.instantiator(factory, Set.class).get()).isInstanceOf(HashSet.class);
        assertThat(PropertyAccess.instantiator(factory, SortedSet.class).get()).isInstanceOf(TreeSet.class);
        assertThat(PropertyAccess.instantiator(factory, PublicBean.class).get()).isInstanceOf(PublicBean.class);
        assertThat(PropertyAccess.instantiator(factory, HiddenBean.class).get()).isInstanceOf(HiddenBean.class);
    }
}
