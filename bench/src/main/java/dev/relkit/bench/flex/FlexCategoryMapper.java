package dev.relkit.bench.flex;

import com.mybatisflex.core.BaseMapper;

/** MyBatis-Flex's generic mapper for {@link FlexCategory}. */
public interface FlexCategoryMapper extends BaseMapper<FlexCategory> {
}
