package dev.relkit.bench.flex;

import com.mybatisflex.core.BaseMapper;

/** MyBatis-Flex's generic mapper for {@link FlexOrder}. */
public interface FlexOrderMapper extends BaseMapper<FlexOrder> {
}
