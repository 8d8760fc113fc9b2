package dev.relkit.resultmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphShapeTest {

    static final class Node {
        String name;
        Node parent;
        List<Node> children = new ArrayList<>();

        Node(String name) {
            this.name = name;
        }
    }

    @Test
    void aSharedObjectIsWrittenOnceAndThenReferredTo() {
        Node root = new Node("root");
        Node child = new Node("child");
        child.parent = root;
        root.children.add(child);

        assertThat(GraphShape.of(new ArrayList<>(List.of(root, child))))
                .isEqualTo("ArrayList[Node#1{Node.children=ArrayList[Node#3{Node.children=ArrayList[],Node.name=child,"
                        + "Node.parent=#1,},],Node.name=root,Node.parent=null,},#3,]");
    }

    @Test
    void equalValuesInTwoObjectsAreNotOneSharedObject() {
        Node shared = new Node("a");

        assertThat(GraphShape.of(List.of(shared, shared))).isNotEqualTo(GraphShape.of(List.of(new Node("a"),
                new Node("a"))));
    }

    @Test
    void theListClassIsPartOfTheShape() {
        assertThat(GraphShape.of(new LinkedList<>(List.of(1)))).isNotEqualTo(GraphShape.of(new ArrayList<>(List.of(1))));
    }

    @Test
    void mapsWithKeysThatAreNotComparableAreWrittenInKeyOrder() {
        Node key = new Node("k");

        assertThat(GraphShape.of(Map.of(key, 1))).contains("Node#").contains("=1");
    }

    @Test
    void theFirstDifferenceIsReportedWithItsSurroundings() {
        assertThat(GraphShape.firstDifference("abc", "abc")).isNull();
        assertThat(GraphShape.firstDifference("abcX", "abcY")).isEqualTo(
                "at character 3: expected ...abcX... but was ...abcY...");
    }
}
