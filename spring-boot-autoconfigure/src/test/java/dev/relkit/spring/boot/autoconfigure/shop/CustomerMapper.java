package dev.relkit.spring.boot.autoconfigure.shop;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The test shop's statements (XML beside it), found by mybatis-spring-boot's scanning. */
@Mapper
public interface CustomerMapper {

    String NAMESPACE = "dev.relkit.spring.boot.autoconfigure.shop.CustomerMapper";

    List<Customer> selectAll();

    int countByName(@Param("name") String name);
}
