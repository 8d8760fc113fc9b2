package dev.relkit;

/**
 * An entity for the tests of declarations derived from a table class: its properties are named as
 * {@link GadgetTable}'s column fields, except {@code label} (column {@code name}); {@code serial} is
 * computed, so it has a getter and nothing to write.
 */
public class Gadget {

    private Integer id;
    private String label;
    private Long weight;
    private Integer widgetId;

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

    public Long getWeight() {
        return weight;
    }

    public void setWeight(Long weight) {
        this.weight = weight;
    }

    public Integer getWidgetId() {
        return widgetId;
    }

    public void setWidgetId(Integer widgetId) {
        this.widgetId = widgetId;
    }

    public String getSerial() {
        return "G-" + id;
    }
}
