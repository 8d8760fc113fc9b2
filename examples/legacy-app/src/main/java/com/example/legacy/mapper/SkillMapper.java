package com.example.legacy.mapper;

import com.example.legacy.model.Skill;

/** Skills ({@code SkillMapper.xml}). */
public interface SkillMapper {

    String NAMESPACE = "com.example.legacy.mapper.SkillMapper";

    /** The skill of that name, or null. */
    Skill selectByName(String name);
}
