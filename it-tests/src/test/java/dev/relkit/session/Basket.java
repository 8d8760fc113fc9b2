package dev.relkit.session;

import java.util.ArrayList;
import java.util.List;

/** Test model: a basket owning lines (delete and delete-orphan cascade) and tagged many-to-many. */
public class Basket {

    private Integer id;
    private String label;
    private List<Line> lines = new ArrayList<>();
    private List<Line> bigLines = new ArrayList<>();
    private List<Tag> tags = new ArrayList<>();

    public Basket() {
    }

    public Basket(String label) {
        this.label = label;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    public List<Line> getBigLines() {
        return bigLines;
    }

    public void setBigLines(List<Line> bigLines) {
        this.bigLines = bigLines;
    }

    public List<Tag> getTags() {
        return tags;
    }

    public void setTags(List<Tag> tags) {
        this.tags = tags;
    }

    @Override
    public String toString() {
        return "Basket{id=" + id + ", label='" + label + "'}";
    }
}
