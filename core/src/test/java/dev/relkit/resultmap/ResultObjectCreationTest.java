package dev.relkit.resultmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.ibatis.annotations.AutomapConstructor;
import org.apache.ibatis.mapping.ResultFlag;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.reflection.DefaultReflectorFactory;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/**
 * {@link BoundResultMap#creationLeftToMyBatis}: which result types MyBatis creates with more than
 * {@code objectFactory.create(type)}, as its {@code createResultObject} decides.
 */
class ResultObjectCreationTest {

    private final Configuration configuration = new Configuration();

    public record Point(int x, int y) {
    }

    public static final class Money {
        private final long cents;

        public Money(long cents) {
            this.cents = cents;
        }

        public long getCents() {
            return cents;
        }
    }

    public static final class Annotated {
        public Annotated(int a) {
        }

        @AutomapConstructor
        public Annotated(int a, int b) {
        }
    }

    public static class Bean {
        private Integer id;

        public Integer getId() {
            return id;
        }

        public void setId(Integer id) {
            this.id = id;
        }
    }

    public static final class PrivatelyConstructed {
        private PrivatelyConstructed() {
        }

        public PrivatelyConstructed(int ignored) {
        }
    }

    public interface Shape {
    }

    @Test
    void typesWithoutANoArgumentConstructorAreCreatedByMyBatis() {
        for (Class<?> type : List.of(Point.class, Money.class, Annotated.class)) {
            assertThat(reason(resultMap(type))).as(type.getSimpleName())
                    .isEqualTo("resultMap " + type.getSimpleName() + " maps to " + type.getName()
                            + ", which has no no-argument constructor: MyBatis maps its constructor automatically");
        }
    }

    @Test
    void beansInterfacesAndPrivateNoArgumentConstructorsGoToTheObjectFactory() {
        assertThat(reason(resultMap(Bean.class))).isNull();
        assertThat(reason(resultMap(PrivatelyConstructed.class))).isNull();
        assertThat(reason(resultMap(Shape.class))).isNull();
    }

    @Test
    void constructorMappingsAreCreatedByMyBatis() {
        ResultMapping argument = new ResultMapping.Builder(configuration, null, "cents", long.class)
                .flags(List.of(ResultFlag.CONSTRUCTOR)).build();
        ResultMap money = new ResultMap.Builder(configuration, "money", Money.class, List.of(argument)).build();

        assertThat(reason(money)).isEqualTo("resultMap money maps constructor arguments");
    }

    private ResultMap resultMap(Class<?> type) {
        return new ResultMap.Builder(configuration, type.getSimpleName(), type, List.of()).build();
    }

    private static String reason(ResultMap resultMap) {
        return BoundResultMap.creationLeftToMyBatis(resultMap, new DefaultReflectorFactory());
    }
}
