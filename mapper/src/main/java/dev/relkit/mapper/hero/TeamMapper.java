package dev.relkit.mapper.hero;

import dev.relkit.model.hero.Team;

import org.apache.ibatis.annotations.Param;

import java.util.Collection;
import java.util.List;

/**
 * Teams. The XML ({@code TeamMapper.xml}) publishes the reusable {@code teamColumns} fragment and
 * {@code teamResult} resultMap that hero queries apply once per role (winter, summer).
 */
public interface TeamMapper {

    String NAMESPACE = "dev.relkit.mapper.hero.TeamMapper";

    /** Inserts a team; its generated id is set on the object. */
    int insert(Team team);

    /** Every team, without heroes, ordered by id. */
    List<Team> selectAll();

    Team selectById(int id);

    /** Teams by id, for select-in loading of {@code Hero.winterTeam} / {@code Hero.summerTeam}. */
    List<Team> selectByIds(@Param("ids") Collection<Integer> ids);
}
