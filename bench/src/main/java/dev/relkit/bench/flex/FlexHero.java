package dev.relkit.bench.flex;

import com.mybatisflex.annotation.RelationManyToOne;
import com.mybatisflex.annotation.Table;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;

/** relkit's {@link Hero} as a MyBatis-Flex entity, its two teams Flex many-to-one relations. */
@Table("hero")
public class FlexHero extends Hero {

    @RelationManyToOne(selfField = "winterTeamId", targetField = "id")
    private Team flexWinterTeam;

    @RelationManyToOne(selfField = "summerTeamId", targetField = "id")
    private Team flexSummerTeam;

    public Team getFlexWinterTeam() {
        return flexWinterTeam;
    }

    public void setFlexWinterTeam(Team flexWinterTeam) {
        this.flexWinterTeam = flexWinterTeam;
    }

    public Team getFlexSummerTeam() {
        return flexSummerTeam;
    }

    public void setFlexSummerTeam(Team flexSummerTeam) {
        this.flexSummerTeam = flexSummerTeam;
    }

    @Override
    public Team getWinterTeam() {
        return flexWinterTeam;
    }

    @Override
    public Team getSummerTeam() {
        return flexSummerTeam;
    }
}
