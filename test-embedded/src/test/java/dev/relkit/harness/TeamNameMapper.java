package dev.relkit.harness;


import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/** A consumer application's own mapper, for the harness's tests. */
interface TeamNameMapper {

    @Select("select name from team order by id")
    List<String> teamNames();

    @Select("select id from team order by id")
    List<Integer> teamIds();

    @Select("select name from hero where winter_team_id = #{teamId} order by id")
    List<String> winterHeroNames(@Param("teamId") int teamId);

    @Select("select team.name from team join hero on hero.winter_team_id = team.id"
            + " where hero.secret_name = #{secretName} and hero.age > #{minimumAge}")
    List<String> winterTeamOf(@Param("secretName") String secretName, @Param("minimumAge") int minimumAge);

    @Select("select count(*) from hero")
    int countHeroes();

    @Select("select secret_name from hero where id = #{id}")
    Hero heroWithSecretName(@Param("id") int id);

    @Insert("insert into hero (name, secret_name, age) values (#{name}, #{secretName}, #{age})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insertHero(Hero hero);
}
