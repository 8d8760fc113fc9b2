package com.example.music.mapper;

import com.example.music.model.Playlist;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Playlists and the entry resultMap (XML beside it). */
@Mapper
public interface PlaylistMapper {

    String NAMESPACE = "com.example.music.mapper.PlaylistMapper";

    Playlist selectById(@Param("id") int id);
}
