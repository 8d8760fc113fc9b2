package dev.relkit.resultmap;

import java.util.LinkedList;
import java.util.List;
import org.apache.ibatis.annotations.AutomapConstructor;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Result types of {@code ResultMapCases.xml} and an object factory, for the compiled resultMaps'
 * differential tests. Most are created by MyBatis through a constructor with arguments without any
 * {@code <constructor>} mapping (a record, an immutable class whose one constructor takes every
 * column, a class choosing its constructor with {@code @AutomapConstructor}): MyBatis auto-maps
 * their constructors, and the compiled resultMaps leave them to MyBatis.
 */
final class ConstructedResults {

    private ConstructedResults() {
    }

    /** A hero as a record: MyBatis passes the columns to the canonical constructor by position. */
    public record HeroRecord(Integer id, String name, Integer age) {
    }

    /** A team as a record, nested under a column prefix in {@link HeroWithRecordTeam}. */
    public record TeamRecord(Integer id, String name, String headquarters) {
    }

    /** A bean holding a record: the bean is compiled-mappable, its association is not. */
    public static class HeroWithRecordTeam {
        private Integer id;
        private String name;
        private TeamRecord winterTeam;

        public Integer getId() {
            return id;
        }

        public void setId(Integer id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public TeamRecord getWinterTeam() {
            return winterTeam;
        }

        public void setWinterTeam(TeamRecord winterTeam) {
            this.winterTeam = winterTeam;
        }
    }

    /** A department with final fields and no default constructor. */
    public static final class ImmutableDepartment {
        private final Integer id;
        private final String name;

        public ImmutableDepartment(Integer id, String name) {
            this.id = id;
            this.name = name;
        }

        public Integer getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    /** A team whose annotated constructor MyBatis picks among two. */
    public static final class AnnotatedTeam {
        private final Integer id;
        private final String name;
        private String headquarters;

        public AnnotatedTeam(Integer id) {
            this(id, null);
        }

        @AutomapConstructor
        public AnnotatedTeam(Integer id, String name) {
            this.id = id;
            this.name = name;
        }

        public Integer getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getHeadquarters() {
            return headquarters;
        }

        public void setHeadquarters(String headquarters) {
            this.headquarters = headquarters;
        }
    }

    /** A bean whose name is not null until a setter is called with null ({@code callSettersOnNulls}). */
    public static class HeroWithDefaultName {
        private Integer id;
        private String name = "unnamed";

        public Integer getId() {
            return id;
        }

        public void setId(Integer id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** An object factory that creates every {@code List} as a {@link LinkedList}, as an application's factory may. */
    public static final class LinkedListObjectFactory extends DefaultObjectFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public <T> T create(Class<T> type) {
            return type == List.class ? type.cast(new LinkedList<>()) : super.create(type);
        }
    }
}
