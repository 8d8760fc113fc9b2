package com.example.legacy.report;

import dev.relkit.model.hero.Team;

/**
 * A report row: a team (mapped by relkit's {@code teamResult}) and how many heroes it has per season.
 */
public class TeamHeadcount {

    private Team team;
    private int winterHeroes;
    private int summerHeroes;
    private int allYearHeroes;

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    /** Heroes whose winter team this is. */
    public int getWinterHeroes() {
        return winterHeroes;
    }

    public void setWinterHeroes(int winterHeroes) {
        this.winterHeroes = winterHeroes;
    }

    /** Heroes whose summer team this is. */
    public int getSummerHeroes() {
        return summerHeroes;
    }

    public void setSummerHeroes(int summerHeroes) {
        this.summerHeroes = summerHeroes;
    }

    /** Heroes on this team in both seasons. */
    public int getAllYearHeroes() {
        return allYearHeroes;
    }

    public void setAllYearHeroes(int allYearHeroes) {
        this.allYearHeroes = allYearHeroes;
    }

    @Override
    public String toString() {
        return "TeamHeadcount{team=" + team + ", winterHeroes=" + winterHeroes + ", summerHeroes=" + summerHeroes
                + ", allYearHeroes=" + allYearHeroes + "}";
    }
}
