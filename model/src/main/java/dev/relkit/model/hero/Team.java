package dev.relkit.model.hero;

import java.util.ArrayList;
import java.util.List;

/**
 * A team of heroes: the target of two many-to-one relationships from {@link Hero}
 * ({@code winterTeam} and {@code summerTeam}), and the owner of their inverse collections.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a team never loads or walks a
 * relationship.
 */
public class Team {

    private Integer id;
    private String name;
    private String headquarters;
    private List<Hero> winterHeroes = new ArrayList<>();
    private List<Hero> summerHeroes = new ArrayList<>();

    public Team() {
    }

    public Team(String name, String headquarters) {
        this.name = name;
        this.headquarters = headquarters;
    }

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

    public String getHeadquarters() {
        return headquarters;
    }

    public void setHeadquarters(String headquarters) {
        this.headquarters = headquarters;
    }

    public List<Hero> getWinterHeroes() {
        return winterHeroes;
    }

    public void setWinterHeroes(List<Hero> winterHeroes) {
        this.winterHeroes = winterHeroes;
    }

    public List<Hero> getSummerHeroes() {
        return summerHeroes;
    }

    public void setSummerHeroes(List<Hero> summerHeroes) {
        this.summerHeroes = summerHeroes;
    }

    @Override
    public String toString() {
        return "Team{id=" + id + ", name='" + name + "', headquarters='" + headquarters + "'}";
    }
}
