package com.example.legacy;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSourceFactory;

/**
 * Lets {@code mybatis-config.xml} declare a HikariCP pool:
 * {@code <dataSource type="com.example.legacy.HikariDataSourceFactory">} with HikariCP's property
 * names ({@code jdbcUrl}, {@code username}, {@code password}, {@code maximumPoolSize}), which MyBatis
 * sets on the pool by name. The pool opens its first connection when first asked for one.
 */
public class HikariDataSourceFactory extends UnpooledDataSourceFactory {

    public HikariDataSourceFactory() {
        this.dataSource = new HikariDataSource();
    }
}
