package dev.relkit.demo.tour;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.blog.BlogRelationships;
import dev.relkit.mapper.inheritance.InheritanceRelationships;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.inheritance.Engineer;
import dev.relkit.relation.Metamodel;
import dev.relkit.session.RelkitSession;
import dev.relkit.unique.GetOrCreate;
import dev.relkit.unique.Slugify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.TAG;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.COMPANY;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON_HIERARCHY;

/**
 * The unit of work's writes beyond plain rows: tags added to a post by get-or-create on their unique
 * slug ({@link GetOrCreate}, {@link Slugify}), the post's {@code updated_at} stamped by the unit, and
 * an {@code Engineer} inserted and deleted across {@code person} and {@code engineer}. Runs after
 * {@link BlogTour} and {@link InheritanceTour}, whose rows it uses (Mary's draft is post 4; the Chum
 * Bucket is company 2).
 */
final class TaggingTour implements TourSection {

    private static final Metamodel BLOG = Metamodel.of(BlogRelationships.ALL);
    private static final Metamodel COMPANIES = Metamodel.of(InheritanceRelationships.ALL);
    private static final GetOrCreate<Tag, String> TAGS_BY_SLUG = GetOrCreate.on(TAG, tag.slug);
    private static final Clock EDITED = Clock.fixed(Instant.parse("2024-04-02T07:45:00Z"), ZoneOffset.UTC);

    private Integer sandyId;

    @Override
    public String title() {
        return "Unit of work: get-or-create tags by slug, audit columns, polymorphic inserts and deletes";
    }

    @Override
    public void run(Tour tour) {
        tour.scenario("Get-or-create: tag Mary's draft with 'ORM', 'Crème Brûlée & Co.' and 'orm' (existing, new, the same again)",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session);
                    Post draft = unit.get(POST, 4);
                    for (String name : List.of("ORM", "Crème Brûlée & Co.", "orm")) {
                        Tag tag = TAGS_BY_SLUG.get(unit, Slugify.slug(name), slug -> new Tag(name, slug));
                        draft.getTags().add(tag);
                        tour.show("'" + name + "' -> slug '" + tag.getSlug() + "': tag #" + tag.getId() + " '" + tag.getName() + "'");
                    }
                    unit.flush(); // the post_tag rows; the new tag's row is already written
                    tour.show("post 4 tags: " + draft.getTags().stream().map(Tag::getSlug).toList());
                    return null;
                });

        tour.scenario("Audit columns: edit the draft's title; the unit stamps updated_at (created_at stays)",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session).clock(EDITED);
                    Post draft = unit.get(POST, 4);
                    draft.setTitle("Mary's First Post");
                    unit.flush();
                    tour.show("created_at " + draft.getCreatedAt() + ", updated_at " + draft.getUpdatedAt());
                    return null;
                });

        tour.scenario("Polymorphic insert: engineer Sandy joins the Chum Bucket (a person row, then an engineer row)",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session).polymorphic(PERSON_HIERARCHY);
                    Engineer sandy = new Engineer("Sandy", "Rust", "senior");
                    sandy.setCompany(unit.get(COMPANY, 2));
                    unit.add(sandy);
                    unit.flush();
                    sandyId = sandy.getId();
                    tour.show(sandy.toString());
                    return null;
                });

        tour.scenario("Polymorphic delete: Sandy leaves (the engineer row, then the person row)",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session).polymorphic(PERSON_HIERARCHY);
                    Engineer sandy = (Engineer) unit.get(PERSON, sandyId);
                    tour.show("loaded as " + sandy);
                    unit.delete(sandy);
                    unit.flush();
                    return null;
                });
    }
}
