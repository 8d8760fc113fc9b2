/**
 * relkit under mybatis-spring, with or without Spring Boot: {@link dev.relkit.spring.RelkitFactoryBean}
 * binds relkit at start-up to the application's {@code SqlSessionFactory};
 * {@link dev.relkit.spring.RelkitSessions} hands out loaders and units of work on the Spring-managed
 * {@code SqlSession} of the current transaction, leaving commit and rollback to Spring's transaction
 * manager.
 */
package dev.relkit.spring;
