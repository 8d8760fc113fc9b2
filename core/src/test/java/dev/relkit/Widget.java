package dev.relkit;

import java.util.ArrayList;
import java.util.List;

/** A tiny entity for core's own tests: a widget and its parts, nothing of the reference catalogue. */
public class Widget {

    private Integer id;
    private String name;
    private List<Part> parts = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Part> getParts() {
        return parts;
    }

    public void setParts(List<Part> parts) {
        this.parts = parts;
    }

    /** A part of a widget. */
    public static class Part {

        private Integer id;
        private Integer widgetId;
        private Widget widget;

        public Integer getId() {
            return id;
        }

        public void setId(Integer id) {
            this.id = id;
        }

        public Integer getWidgetId() {
            return widgetId;
        }

        public void setWidgetId(Integer widgetId) {
            this.widgetId = widgetId;
        }

        public Widget getWidget() {
            return widget;
        }

        public void setWidget(Widget widget) {
            this.widget = widget;
        }
    }
}
