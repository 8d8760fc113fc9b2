package com.example.legacy.mapper;

import com.example.legacy.model.Address;

/** Addresses ({@code AddressMapper.xml}): the column fragment and resultMap every employee query nests. */
public interface AddressMapper {

    String NAMESPACE = "com.example.legacy.mapper.AddressMapper";

    /** One address, or null. */
    Address selectById(int id);
}
