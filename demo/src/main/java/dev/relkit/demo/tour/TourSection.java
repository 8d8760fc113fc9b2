package dev.relkit.demo.tour;

/**
 * One chapter of the tour: a relationship pattern's scenario, shown with its SQL. Sections are
 * listed in {@link TourCommand#SECTIONS} and run in that order on one database that has relkit's
 * schema and no rows; each section creates the rows it shows (through mappers, or by running its
 * domain's seed script with {@link Tour#runSeed(String)}).
 */
public interface TourSection {

    /** The heading printed before the section. */
    String title();

    /** Runs the section's scenarios through {@link Tour#scenario}. */
    void run(Tour tour);
}
