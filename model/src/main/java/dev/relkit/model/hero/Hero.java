package dev.relkit.model.hero;

/**
 * A hero with two foreign keys to the same table: {@code winter_team_id} and {@code summer_team_id}
 * both reference {@code team}. The foreign-key columns and the related objects are both kept, as
 * in SQLAlchemy: the ids are what is written, the objects are what a loader fills.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a hero never loads a team.
 */
public class Hero {

    private Integer id;
    private String name;
    private String secretName;
    private Integer age;
    private Integer winterTeamId;
    private Integer summerTeamId;
    private Team winterTeam;
    private Team summerTeam;

    public Hero() {
    }

    public Hero(String name, String secretName, Integer age) {
        this.name = name;
        this.secretName = secretName;
        this.age = age;
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

    public String getSecretName() {
        return secretName;
    }

    public void setSecretName(String secretName) {
        this.secretName = secretName;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public Integer getWinterTeamId() {
        return winterTeamId;
    }

    public void setWinterTeamId(Integer winterTeamId) {
        this.winterTeamId = winterTeamId;
    }

    public Integer getSummerTeamId() {
        return summerTeamId;
    }

    public void setSummerTeamId(Integer summerTeamId) {
        this.summerTeamId = summerTeamId;
    }

    public Team getWinterTeam() {
        return winterTeam;
    }

    public void setWinterTeam(Team winterTeam) {
        this.winterTeam = winterTeam;
    }

    public Team getSummerTeam() {
        return summerTeam;
    }

    public void setSummerTeam(Team summerTeam) {
        this.summerTeam = summerTeam;
    }

    @Override
    public String toString() {
        return "Hero{id=" + id + ", name='" + name + "', secretName='" + secretName + "', age=" + age
                + ", winterTeamId=" + winterTeamId + ", summerTeamId=" + summerTeamId + "}";
    }
}
