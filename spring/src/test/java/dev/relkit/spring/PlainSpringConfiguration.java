package dev.relkit.spring;

import dev.relkit.Relkit;
import dev.relkit.spring.library.AuthorMapper;
import dev.relkit.spring.library.LibraryDatabase;
import dev.relkit.spring.library.LibraryService;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * mybatis-spring without Boot, in Java: a factory, a template, a transaction manager, the mappers, and
 * relkit bound by {@link RelkitFactoryBean} to the factory, its declarations found in the library's
 * package.
 */
@Configuration
@EnableTransactionManagement
@MapperScan(basePackageClasses = AuthorMapper.class)
class PlainSpringConfiguration {

    @Bean
    DataSource dataSource() {
        return LibraryDatabase.dataSource();
    }

    @Bean
    SqlSessionFactoryBean sqlSessionFactory(DataSource dataSource) {
        SqlSessionFactoryBean factory = new SqlSessionFactoryBean();
        factory.setDataSource(dataSource);
        return factory;
    }

    @Bean
    SqlSessionTemplate sqlSessionTemplate(SqlSessionFactory sqlSessionFactory) {
        return new SqlSessionTemplate(sqlSessionFactory);
    }

    @Bean
    DataSourceTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    RelkitFactoryBean relkit(SqlSessionFactory sqlSessionFactory) {
        RelkitFactoryBean relkit = new RelkitFactoryBean();
        relkit.setSqlSessionFactory(sqlSessionFactory);
        relkit.setBasePackages("dev.relkit.spring.library");
        return relkit;
    }

    @Bean
    RelkitSessions relkitSessions(Relkit relkit, SqlSessionTemplate sqlSessionTemplate) {
        return new RelkitSessions(relkit, sqlSessionTemplate);
    }

    @Bean
    LibraryService libraryService(AuthorMapper authors, RelkitSessions relkitSessions) {
        return new LibraryService(authors, relkitSessions);
    }
}
