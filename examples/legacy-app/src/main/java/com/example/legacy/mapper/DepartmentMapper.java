package com.example.legacy.mapper;

import com.example.legacy.model.Department;

import java.util.List;

/** Departments' own rows ({@code DepartmentMapper.xml}); their employees are loaded with relkit's loader. */
public interface DepartmentMapper {

    String NAMESPACE = "com.example.legacy.mapper.DepartmentMapper";

    /** Every department, by id, employees not loaded. */
    List<Department> selectAll();
}
