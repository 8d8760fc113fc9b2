package com.example.music.model;

import java.util.ArrayList;
import java.util.List;

public class Playlist {

    private Integer id;
    private String name;
    private List<PlaylistEntry> entries = new ArrayList<>();

    public Playlist() {
    }

    public Playlist(String name) {
        this.name = name;
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

    public List<PlaylistEntry> getEntries() {
        return entries;
    }

    public void setEntries(List<PlaylistEntry> entries) {
        this.entries = entries;
    }
}
