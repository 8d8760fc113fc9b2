package dev.relkit.spring.library;

import java.util.List;

import org.apache.ibatis.annotations.Param;

/** The test library's statements (XML beside it). */
public interface AuthorMapper {

    String NAMESPACE = "dev.relkit.spring.library.AuthorMapper";

    List<Author> selectAll();

    int countByName(@Param("name") String name);

    int countBooksByTitle(@Param("title") String title);
}
