package com.example.legacy.model;

import java.util.ArrayList;
import java.util.List;

/** A row of {@code hr_project}, with the {@link #getAssignments() assignments} of employees to it. */
public class Project {

    private Integer id;
    private String code;
    private String name;
    private List<Assignment> assignments = new ArrayList<>();

    public Project() {
    }

    public Project(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public void setAssignments(List<Assignment> assignments) {
        this.assignments = assignments;
    }

    @Override
    public String toString() {
        return "Project{id=" + id + ", code=" + code + "}";
    }
}
