/**
 * relkit's Spring Boot auto-configuration: {@link dev.relkit.spring.boot.autoconfigure.RelkitAutoConfiguration}
 * and its {@code relkit.*} properties ({@link dev.relkit.spring.boot.autoconfigure.RelkitProperties}).
 */
package dev.relkit.spring.boot.autoconfigure;
