package com.example.legacy.service;

import org.apache.ibatis.annotations.Select;

import java.util.List;

/** Reads hero rows directly, so tests check what was written without the statements under test. */
interface HeroRows {

    @Select("select winter_team_id from hero where id = #{id}")
    Integer winterTeamIdOf(int id);

    @Select("select summer_team_id from hero where id = #{id}")
    Integer summerTeamIdOf(int id);

    @Select("select name from hero where winter_team_id = #{teamId} order by id")
    List<String> winterHeroNames(int teamId);

    @Select("select count(*) from hero")
    int countHeroes();
}
