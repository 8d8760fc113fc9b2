package com.example.legacy.mapper;

import com.example.legacy.model.Project;
import org.apache.ibatis.annotations.Param;

import java.util.Collection;
import java.util.List;

/** Projects ({@code ProjectMapper.xml}). */
public interface ProjectMapper {

    String NAMESPACE = "com.example.legacy.mapper.ProjectMapper";

    /** The projects with these codes, by code; assignments not loaded. */
    List<Project> selectByCodes(@Param("codes") Collection<String> codes);
}
