package dev.relkit.resultmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;
import org.apache.ibatis.reflection.DefaultReflectorFactory;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.apache.ibatis.reflection.wrapper.ObjectWrapper;
import org.apache.ibatis.reflection.wrapper.ObjectWrapperFactory;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.AutoMappingUnknownColumnBehavior;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

class PlanSettingsTest {

    /** Each change of a setting MyBatis reads while mapping rows, by what it sets. */
    private static final Map<String, Consumer<Configuration>> CHANGES = Map.of(
            "disabled", configuration -> configuration.getVariables()
                    .setProperty(CompiledResultMapInterceptor.DISABLED_VARIABLE, "true"),
            "callSettersOnNulls", configuration -> configuration.setCallSettersOnNulls(true),
            "returnInstanceForEmptyRow", configuration -> configuration.setReturnInstanceForEmptyRow(true),
            "objectWrapperFactory", configuration -> configuration.setObjectWrapperFactory(new WrappingNothing()),
            "autoMappingBehavior", configuration -> configuration.setAutoMappingBehavior(AutoMappingBehavior.FULL),
            "autoMappingUnknownColumnBehavior", configuration -> configuration
                    .setAutoMappingUnknownColumnBehavior(AutoMappingUnknownColumnBehavior.FAILING),
            "mapUnderscoreToCamelCase", configuration -> configuration.setMapUnderscoreToCamelCase(true),
            "objectFactory", configuration -> configuration.setObjectFactory(new DefaultObjectFactory()),
            "reflectorFactory", configuration -> configuration.setReflectorFactory(new DefaultReflectorFactory()));

    @Test
    void everySettingTheMappingReadsMakesOtherSettings() {
        Configuration configuration = new Configuration();
        PlanSettings before = PlanSettings.of(configuration);

        CHANGES.forEach((setting, change) -> {
            Configuration changed = new Configuration();
            changed.setObjectFactory(configuration.getObjectFactory());
            changed.setObjectWrapperFactory(configuration.getObjectWrapperFactory());
            changed.setReflectorFactory(configuration.getReflectorFactory());
            assertThat(PlanSettings.of(changed)).as("unchanged").isEqualTo(before);

            change.accept(changed);

            assertThat(PlanSettings.of(changed)).as(setting).isNotEqualTo(before);
        });
    }

    @Test
    void settingsAreReadWhenAskedNotWhenTheConfigurationWasBuilt() {
        Configuration configuration = new Configuration();
        PlanSettings first = PlanSettings.of(configuration);

        configuration.setAutoMappingBehavior(AutoMappingBehavior.NONE);

        assertThat(PlanSettings.of(configuration)).isNotEqualTo(first)
                .extracting(PlanSettings::autoMappingBehavior).isEqualTo(AutoMappingBehavior.NONE);
    }

    @Test
    void settingsThatLeaveEveryStatementToMyBatisSayWhich() {
        assertThat(leftToMyBatisAfter("disabled")).isEqualTo("relkit.compiledResultMaps.disabled is true");
        assertThat(leftToMyBatisAfter("callSettersOnNulls")).isEqualTo("callSettersOnNulls is set");
        assertThat(leftToMyBatisAfter("returnInstanceForEmptyRow")).isEqualTo("returnInstanceForEmptyRow is set");
        assertThat(leftToMyBatisAfter("objectWrapperFactory")).isEqualTo("the ObjectWrapperFactory is "
                + WrappingNothing.class.getName() + ", not MyBatis's default");
        assertThat(leftToMyBatisAfter("autoMappingBehavior")).isNull();
        assertThat(PlanSettings.of(new Configuration()).leftToMyBatis()).isNull();
    }

    private static String leftToMyBatisAfter(String setting) {
        Configuration configuration = new Configuration();
        CHANGES.get(setting).accept(configuration);
        return PlanSettings.of(configuration).leftToMyBatis();
    }

    /** An application's wrapper factory that wraps nothing: still one MyBatis consults on every object. */
    static final class WrappingNothing implements ObjectWrapperFactory {
        @Override
        public boolean hasWrapperFor(Object object) {
            return false;
        }

        @Override
        public ObjectWrapper getWrapperFor(MetaObject metaObject, Object object) {
            throw new UnsupportedOperationException();
        }
    }
}
