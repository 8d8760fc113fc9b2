package dev.relkit.bench.flex;

import com.mybatisflex.core.BaseMapper;

/** MyBatis-Flex's generic mapper for {@link FlexPost}. */
public interface FlexPostMapper extends BaseMapper<FlexPost> {
}
