package com.example.legacy.mapper;

import com.example.legacy.report.TeamHeadcount;

import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;

import java.util.List;

/**
 * The application's own hero statements ({@code HeroReportMapper.xml}). Their SQL includes relkit's
 * column fragments and their rows are mapped by relkit's resultMaps, referred to by full namespace.
 */
public interface HeroReportMapper {

    /**
     * Heroes on the named team in winter or in summer, each with both teams, by hero id; mapped by
     * relkit's {@code HeroMapper.heroWithTeamsResult}. One statement.
     */
    List<Hero> selectHeroesOfTeam(String teamName);

    /**
     * A team with {@link Team#getWinterHeroes()} filled, by hero id (an empty list when it has none);
     * {@code null} when there is no such team. One statement.
     */
    Team selectTeamWithWinterRoster(int teamId);

    /** Per team, by team name: its winter, summer and all-year hero counts. One statement. */
    List<TeamHeadcount> selectTeamHeadcounts();

    /** Writes the hero's {@code winterTeamId} and {@code summerTeamId}; returns the rows updated. */
    int updateTeams(Hero hero);
}
