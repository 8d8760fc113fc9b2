package dev.relkit.bench.flex;

import com.mybatisflex.core.BaseMapper;

/** MyBatis-Flex's generic mapper for {@link FlexHero}. */
public interface FlexHeroMapper extends BaseMapper<FlexHero> {
}
