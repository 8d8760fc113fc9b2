package dev.relkit.mapper.composite;

import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.relation.EntityKey;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.Metamodel;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static dev.relkit.mapper.composite.CompositeRelationships.ALL;
import static dev.relkit.mapper.composite.CompositeRelationships.CUSTOMER_ORDER;
import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CompositeRelationships.LINE_ORDER;
import static dev.relkit.mapper.composite.CustomerOrderDynamicSqlSupport.customerOrder;
import static dev.relkit.mapper.composite.CustomerOrderLineDynamicSqlSupport.customerOrderLine;
import static org.assertj.core.api.Assertions.assertThat;

class CompositeRelationshipsTest {

    @Test
    void linesAndTheirInverseDeclareBothKeyColumns() {
        assertThat(LINES.ownerJoin()).containsExactly(
                new JoinColumns(customerOrder.id, customerOrderLine.orderId),
                new JoinColumns(customerOrder.customerId, customerOrderLine.customerId));
        assertThat(LINE_ORDER.ownerJoin()).containsExactly(
                new JoinColumns(customerOrderLine.orderId, customerOrder.id),
                new JoinColumns(customerOrderLine.customerId, customerOrder.customerId));
    }

    @Test
    void orderIdentityIsTheKeyPair() {
        CustomerOrder bobsFirst = new CustomerOrder(1, 2, LocalDateTime.of(2024, 5, 2, 14, 0));

        assertThat(CUSTOMER_ORDER.keyOf(bobsFirst)).isEqualTo(EntityKey.of(CustomerOrder.class, 1, 2))
                .isNotEqualTo(EntityKey.of(CustomerOrder.class, 1, 1));
        assertThat(CUSTOMER_ORDER.keyOf(new CustomerOrder(1, null, null))).as("half a key is no key").isNull();
    }

    @Test
    void roleAliasesAvoidReservedWords() {
        assertThat(LINES.roleAlias()).isEqualTo("order_lines");
        assertThat(LINE_ORDER.roleAlias()).isEqualTo("line_order");
    }

    @Test
    void inversesPointBackAtEachOther() {
        Metamodel metamodel = Metamodel.of(ALL);

        assertThat(metamodel.inverseOf(LINES)).contains(LINE_ORDER);
        assertThat(metamodel.inverseOf(LINE_ORDER)).contains(LINES);
    }
}
