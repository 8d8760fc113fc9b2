package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

@RelkitTest(mybatisConfig = "dev/relkit/harness/consumer-mybatis-config.xml")
class ConsumerConfigurationIT {

    @Test
    void buildsFromTheApplicationsXmlAloneWithTheTestDataSource(SqlSessionFactory factory, DataSource dataSource) {
        Configuration configuration = factory.getConfiguration();

        assertThat(configuration.isMapUnderscoreToCamelCase()).as("the application's own setting").isTrue();
        assertThat(configuration.isLazyLoadingEnabled()).as("MyBatis's default: the harness adds no setting").isFalse();
        assertThat(configuration.getInterceptors()).as("the harness adds no plugin").isEmpty();
        assertThat(configuration.getEnvironment().getDataSource()).isSameAs(dataSource);
        assertThat(configuration.hasMapper(TeamNameMapper.class)).isTrue();
    }

    @Test
    void mappersFromTheXmlRunWithItsSettings(TeamNameMapper mapper) {
        assertThat(mapper.heroWithSecretName(2).getSecretName()).isEqualTo("Tommy Sharp");
    }
}
