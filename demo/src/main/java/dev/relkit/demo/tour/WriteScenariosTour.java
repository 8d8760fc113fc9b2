package dev.relkit.demo.tour;

import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.blog.Photo;
import dev.relkit.model.blog.Remark;
import dev.relkit.model.composite.Customer;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import dev.relkit.model.order.Order;
import dev.relkit.model.school.Course;
import dev.relkit.model.school.Student;
import dev.relkit.relation.BackReferences;
import dev.relkit.session.RelkitSession;
import dev.relkit.session.ViewOnlyChangeException;
import org.apache.ibatis.session.SqlSession;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.blog.BlogRelationships.PHOTO;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.REMARK;
import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CompositeRelationships.ORDER_CUSTOMER;
import static dev.relkit.mapper.order.OrderRelationships.ORDER;
import static dev.relkit.mapper.school.SchoolRelationships.COURSE;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT_COURSES;

/**
 * The seed scenarios of the unit of work that the other sections do not show: a parent deleted with
 * its children (cascade), the schema's {@code ON DELETE CASCADE} trusted ({@code passiveDeletes}), a
 * view-only relationship refusing a change, composite-key writes, and a generic foreign key written
 * (both columns). Each scenario runs in a unit of work that is rolled back, so later sections see the
 * seed rows.
 */
final class WriteScenariosTour implements TourSection {

    @Override
    public String title() {
        return "Unit of work on the seed scenarios: cascades, ON DELETE CASCADE, view-only, composite keys, generic keys";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeedIfEmpty("purchase_order", "dev/relkit/seed/order_item.sql");
        tour.runSeedIfEmpty("student", "dev/relkit/seed/student_course.sql");
        tour.runSeedIfEmpty("customer", "dev/relkit/seed/composite_order.sql");
        tour.runSeedIfEmpty("post", "dev/relkit/seed/blog.sql");

        rolledBack(tour, "Parent delete with cascade: order 1 goes with its lines (Order.orderItems cascades delete):"
                + " its lines read, deleted, then the order", unit -> {
                    Order first = unit.get(ORDER, 1);
                    unit.delete(first);
                    unit.flush();
                    tour.show("order lines left for order 1: " + count(unit.sqlSession(), "select count(*) from order_item where order_id = 1"));
                });

        rolledBack(tour, "ON DELETE CASCADE: post 2 deleted; Post.tags is passiveDeletes(), so its post_tag rows are left"
                + " to the schema (no statement for them)", unit -> {
                    unit.delete(unit.get(POST, 2));
                    unit.flush();
                    tour.show("post_tag rows of post 2 after the delete: "
                            + count(unit.sqlSession(), "select count(*) from post_tag where post_id = 2"));
                });

        rolledBack(tour, "View-only: adding a course to Student.courses (view-only over enrollment) is refused at flush,"
                + " before any write", unit -> {
                    Student student = unit.load(STUDENT, List.of(unit.get(STUDENT, 1)), LoadPlan.of(selectIn(STUDENT_COURSES))).get(0);
                    Course course = unit.get(COURSE, 4);
                    student.getCourses().add(course);
                    try {
                        unit.flush();
                        tour.show("flushed without an error: the relationship was not view-only");
                    } catch (ViewOnlyChangeException e) {
                        tour.show("flush refused: " + e.getMessage());
                    }
                });

        rolledBack(tour, "Composite writes: a new customer, an order keyed (id, customer_id) and two lines; both key columns"
                + " copied into each line", unit -> {
                    BackReferences links = unit.backReferences();
                    Customer dana = new Customer("Dana");
                    CustomerOrder order = new CustomerOrder(1, null, LocalDateTime.parse("2024-06-01T09:30:00"));
                    links.set(ORDER_CUSTOMER, order, dana);
                    links.add(LINES, order, new CustomerOrderLine("Widget", 4));
                    links.add(LINES, order, new CustomerOrderLine("Gizmo", 1));
                    unit.add(order);
                    unit.flush();
                    tour.show("order (" + order.getId() + ", " + order.getCustomerId() + ") with "
                            + order.getLines().size() + " lines written");
                });

        rolledBack(tour, "Generic foreign key writes: a remark on a new photo (photo inserted first, then the remark with"
                + " commentable_type 'photo'), and remark 1 moved from post 1 to photo 3", unit -> {
                    Photo lighthouse = new Photo(2, "Lighthouse", "https://example.com/photos/lighthouse.jpg");
                    Remark tall = new Remark("Tall!");
                    tall.setCommentable(lighthouse);
                    unit.add(tall);
                    Remark first = unit.get(REMARK, 1);
                    first.setCommentable(unit.get(PHOTO, 3));
                    unit.flush();
                    tour.show("new remark: " + tall.getCommentableType() + " " + tall.getCommentableId()
                            + "; remark 1 now: " + first.getCommentableType() + " " + first.getCommentableId());
                });
    }

    /** A scenario in a unit of work on the scenario's session, rolled back at the end. */
    private static void rolledBack(Tour tour, String title, Consumer<RelkitSession> work) {
        tour.scenario(title + " (rolled back)", session -> {
            RelkitSession unit = ReferenceCatalogue.session(session);
            work.accept(unit);
            unit.rollback();
            return null;
        });
    }

    private static long count(SqlSession session, String sql) {
        try (Statement statement = session.getConnection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count: " + sql + ": " + e.getMessage(), e);
        }
    }
}
