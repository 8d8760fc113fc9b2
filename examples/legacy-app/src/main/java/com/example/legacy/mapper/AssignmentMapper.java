package com.example.legacy.mapper;

import com.example.legacy.model.Assignment;

import java.util.List;

/** Assignments, the association objects between employees and projects ({@code AssignmentMapper.xml}). */
public interface AssignmentMapper {

    String NAMESPACE = "com.example.legacy.mapper.AssignmentMapper";

    /** An employee's assignments, by id, project not loaded. */
    List<Assignment> selectByEmployee(int employeeId);
}
