package dev.relkit.spring.boot.autoconfigure.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Boot application on mybatis-spring-boot-starter that adds nothing for relkit but its declarations. */
@SpringBootApplication
public class ShopApplication {
}
