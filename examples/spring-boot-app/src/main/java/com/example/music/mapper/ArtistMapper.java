package com.example.music.mapper;

import com.example.music.model.Artist;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Artists and the track resultMap (XML beside it). */
@Mapper
public interface ArtistMapper {

    String NAMESPACE = "com.example.music.mapper.ArtistMapper";

    List<Artist> selectAll();
}
